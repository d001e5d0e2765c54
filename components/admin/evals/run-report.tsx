import type { ReactNode } from "react";
import { AlertTriangleIcon, BotIcon, UserRoundIcon, WrenchIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EvalReport, ScenarioResult } from "@/lib/evals/report";
import type { EvalRunSummary } from "@/lib/validation/evals";
import { formatDuration, formatRate, formatWhen } from "./format";

type IntentRow = EvalReport["intents"][number];

// Columns of the per-intent table, as the CLI prints it (evals/README.md "The table").
const COLUMNS: { title: string; hint: string; value: (row: IntentRow) => string }[] = [
  { title: "n", hint: "scenarios", value: (row) => String(row.scenarios) },
  { title: "messy", hint: "messy scenarios", value: (row) => String(row.messy) },
  { title: "success", hint: "pass^k: share of scenarios whose every run passed", value: (row) => formatRate(row.taskSuccess) },
  { title: "esc.P", hint: "escalation precision", value: (row) => formatRate(row.escalationPrecision) },
  { title: "esc.R", hint: "escalation recall", value: (row) => formatRate(row.escalationRecall) },
  { title: "confirm", hint: "confirmation compliance (must be 100%)", value: (row) => formatRate(row.confirmationCompliance) },
  { title: "ground", hint: "replies quoting the named article", value: (row) => formatRate(row.grounding) },
  { title: "lang", hint: "replies in the expected language", value: (row) => formatRate(row.languageMatch) },
  { title: "turns", hint: "customer turns per scenario", value: (row) => row.avgTurns.toFixed(1) },
  { title: "p50 ms", hint: "per-turn latency, median", value: (row) => String(Math.round(row.latencyP50Ms)) },
  { title: "p95 ms", hint: "per-turn latency, 95th percentile", value: (row) => String(Math.round(row.latencyP95Ms)) },
  { title: "tokens", hint: "input + output tokens", value: (row) => String(row.inputTokens + row.outputTokens) },
  { title: "cost $", hint: "model cost (? when no prices are set)", value: (row) => (row.costUsd === null ? "?" : row.costUsd.toFixed(row.costUsd < 1 ? 4 : 2)) },
  { title: "known", hint: "known failures", value: (row) => String(row.knownFailures) },
];

/** One run: its summary, the per-intent table, and the scenarios that did not pass with their transcripts. */
export function RunReport({ report, summary }: { report: EvalReport; summary: EvalRunSummary }) {
  const failures = report.scenarios.filter((scenario) => scenario.status === "fail");
  const known = report.scenarios.filter((scenario) => scenario.status === "expected-failure");
  const fixed = report.scenarios.filter((scenario) => scenario.status === "fixed");
  return (
    <div className="grid gap-6">
      <dl className="grid grid-cols-2 gap-3 rounded-lg border p-4 text-sm sm:grid-cols-4 lg:grid-cols-7" data-testid="evals-run-summary">
        <Fact label="Started">{formatWhen(report.startedAt)}</Fact>
        <Fact label="Model">
          <span className="font-mono text-xs">{report.model.id}</span> {report.k > 1 && `× k=${report.k}`}
        </Fact>
        <Fact label="Scope">{report.filter ?? "all scenarios"}</Fact>
        <Fact label="Scenarios">{report.summary.scenarios}</Fact>
        <Fact label="Passed / failed">
          {report.summary.passed} / {report.summary.failed}
        </Fact>
        <Fact label="Duration">{formatDuration(report.durationMs)}</Fact>
        <Fact label="Gate">
          {summary.gate.passed ? <Badge variant="success">passed</Badge> : <Badge variant="destructive">failed</Badge>}
        </Fact>
      </dl>
      {!summary.gate.passed && (
        <div className="rounded-lg border border-destructive/40 p-4 text-sm" data-testid="evals-gate-problems">
          <p className="font-medium text-destructive">Below evals/thresholds.json{report.filter ? " (this run covers only part of the scenarios)" : ""}:</p>
          <ul className="mt-2 list-disc pl-5 font-mono text-xs">
            {summary.gate.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <section className="grid gap-2" aria-labelledby="evals-intents-heading">
        <h2 id="evals-intents-heading" className="text-base font-semibold">
          Per intent
        </h2>
        <div className="overflow-x-auto rounded-lg border">
          <Table data-testid="evals-intent-table">
            <TableHeader>
              <TableRow>
                <TableHead>intent</TableHead>
                {COLUMNS.map((column) => (
                  <TableHead key={column.title} className="text-right" title={column.hint}>
                    {column.title}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.intents.map((row) => (
                <TableRow key={row.intent} data-testid="evals-intent-row">
                  <TableCell className="font-mono text-xs">{row.intent}</TableCell>
                  {COLUMNS.map((column) => (
                    <TableCell key={column.title} className="text-right tabular-nums">
                      {column.value(row)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow className="font-medium">
                <TableCell>all</TableCell>
                {COLUMNS.map((column) => (
                  <TableCell key={column.title} className="text-right tabular-nums">
                    {column.value(report.summary.overall)}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </div>
      </section>

      <ScenarioSection id="evals-failures" title={`Failures (${failures.length})`} empty="Every scenario without a known gap passed." scenarios={failures} open />
      {fixed.length > 0 && (
        <section className="grid gap-2" aria-labelledby="evals-fixed-heading">
          <h2 id="evals-fixed-heading" className="text-base font-semibold">
            Known gaps that now pass ({fixed.length})
          </h2>
          <p className="text-sm text-muted-foreground">Remove their knownFailure so the gate holds the fix.</p>
          <ul className="list-disc pl-5 font-mono text-xs">
            {fixed.map((scenario) => (
              <li key={scenario.id}>{scenario.id}</li>
            ))}
          </ul>
        </section>
      )}
      <ScenarioSection id="evals-known" title={`Known gaps, still failing (${known.length})`} empty="No known gaps in this run." scenarios={known} />
    </div>
  );
}

function ScenarioSection({ id, title, empty, scenarios, open = false }: { id: string; title: string; empty: string; scenarios: ScenarioResult[]; open?: boolean }) {
  return (
    <section className="grid gap-2" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {title}
      </h2>
      {scenarios.length === 0 ? (
        <EmptyState title={empty} titleAs="h3" className="p-4 md:p-6" />
      ) : (
        <div className="grid gap-2">
          {scenarios.map((scenario, index) => (
            <FailedScenario key={scenario.id} scenario={scenario} open={open && index === 0} />
          ))}
        </div>
      )}
    </section>
  );
}

function FailedScenario({ scenario, open }: { scenario: ScenarioResult; open: boolean }) {
  return (
    <details className="group rounded-lg border" open={open} data-testid="evals-failed-scenario">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-3 text-sm">
        <span className="font-mono text-xs font-medium">{scenario.id}</span>
        <Badge variant="outline">{scenario.language}</Badge>
        {scenario.messy.map((kind) => (
          <Badge key={kind} variant="secondary">
            {kind}
          </Badge>
        ))}
        {scenario.runs > 1 && (
          <span className="text-xs text-muted-foreground">
            {scenario.runsPassed}/{scenario.runs} runs passed
          </span>
        )}
        <span className="basis-full text-destructive" data-testid="evals-first-failure">
          <AlertTriangleIcon className="mr-1 inline size-4 align-text-bottom" aria-hidden="true" />
          {scenario.firstFailure ?? "no expectation recorded"}
        </span>
      </summary>
      <div className="grid gap-3 border-t px-4 py-3">
        {scenario.knownFailure && (
          <p className="text-sm">
            <span className="font-medium">Known gap: </span>
            {scenario.knownFailure}
          </p>
        )}
        {scenario.failedChecks.length > 1 && (
          <div className="text-sm">
            <p className="font-medium">Every failed expectation</p>
            <ul className="mt-1 list-disc pl-5 font-mono text-xs">
              {scenario.failedChecks.map((check) => (
                <li key={check}>{check}</li>
              ))}
            </ul>
          </div>
        )}
        <Transcript lines={scenario.transcript ?? []} />
      </div>
    </details>
  );
}

function Transcript({ lines }: { lines: NonNullable<ScenarioResult["transcript"]> }) {
  if (lines.length === 0) return <p className="text-sm text-muted-foreground">No transcript was kept.</p>;
  return (
    <ol className="grid gap-1.5" aria-label="Transcript" data-testid="evals-transcript">
      {lines.map((line, index) => (
        <li key={index} className={line.from === "customer" ? "flex gap-2" : line.from === "bot" ? "flex gap-2 pl-6" : "flex gap-2 pl-6 text-muted-foreground"}>
          <span className="mt-0.5 shrink-0" title={line.from}>
            {line.from === "customer" ? <UserRoundIcon className="size-4" aria-label="customer" /> : line.from === "bot" ? <BotIcon className="size-4" aria-label="bot" /> : <WrenchIcon className="size-4" aria-label="tool calls" />}
          </span>
          <span className={line.from === "tools" ? "font-mono text-xs break-all" : line.from === "customer" ? "rounded-md bg-muted px-2 py-1 text-sm whitespace-pre-wrap" : "rounded-md border px-2 py-1 text-sm whitespace-pre-wrap"}>
            {line.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
