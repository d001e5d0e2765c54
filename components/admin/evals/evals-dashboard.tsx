"use client";

import * as React from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2Icon, FlaskConicalIcon, PlayIcon, XCircleIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EvalRunProgress, EvalRunSummary } from "@/lib/validation/evals";
import { evalsKeys, fetchProgress, fetchRuns, startEvalRun } from "./evals-api";
import { formatDuration, formatWhen } from "./format";

/** The evaluations page: start a run (all intents or one), watch it, and the list of past runs. */
export function EvalsDashboard() {
  const queryClient = useQueryClient();
  const [intent, setIntent] = React.useState("");
  const runs = useQuery({ queryKey: evalsKeys.runs, queryFn: fetchRuns });
  const [startedHere, setStartedHere] = React.useState<string | null>(null);
  // Poll every second while a run is in progress (started here or elsewhere).
  const progress = useQuery({
    queryKey: evalsKeys.progress,
    queryFn: fetchProgress,
    enabled: startedHere !== null || Boolean(runs.data?.active),
    refetchInterval: (query) => (query.state.data && !query.state.data.active ? false : 1000),
  });
  const current = progress.data ? progress.data.active : (runs.data?.active ?? null);
  const last = progress.data?.last ?? runs.data?.last ?? null;

  // When a run ends, the list gains its report.
  const endedRunId = !current && last && (last.state === "finished" || last.state === "failed") ? last.runId : null;
  React.useEffect(() => {
    if (endedRunId) void queryClient.invalidateQueries({ queryKey: evalsKeys.runs });
  }, [endedRunId, queryClient]);

  const start = useMutation({
    mutationFn: () => startEvalRun({ intent: intent || undefined }),
    onSuccess: (started) => {
      queryClient.setQueryData(evalsKeys.progress, { active: started, last: started });
      setStartedHere(started.runId);
    },
  });

  return (
    <div className="grid gap-6">
      <section className="grid gap-4 rounded-lg border p-4" aria-labelledby="evals-run-heading">
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid min-w-0 flex-1 gap-1">
            <h2 id="evals-run-heading" className="text-base font-semibold">
              Run evaluations
            </h2>
            <p className="text-sm text-muted-foreground">
              Runs the scenario files in <code className="font-mono text-xs">evals/</code> through the real pipeline on a fresh embedded database per scenario, with the configured model{" "}
              <Badge variant="outline" className="font-mono">
                {runs.data?.model ?? "…"}
              </Badge>
              . One run at a time.
            </p>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="evals-intent">Intent</Label>
            <NativeSelect id="evals-intent" value={intent} onChange={(event) => setIntent(event.target.value)} disabled={current !== null}>
              <option value="">All intents</option>
              {runs.data?.intents.map((option) => (
                <option key={option.intent} value={option.intent}>
                  {option.intent} ({option.scenarios})
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button onClick={() => start.mutate()} disabled={start.isPending || current !== null || !runs.data}>
            <PlayIcon /> {start.isPending ? "Starting…" : "Run evaluations"}
          </Button>
        </div>
        {start.error && (
          <Alert variant="destructive" data-testid="evals-start-error">
            <XCircleIcon />
            <AlertTitle>The run did not start</AlertTitle>
            <AlertDescription>{start.error.message}</AlertDescription>
          </Alert>
        )}
        {current ? <RunProgress progress={current} /> : last?.state === "failed" ? <FailedRun progress={last} /> : null}
        {!current && last?.state === "finished" && last.reportId && (
          <Alert variant="success" data-testid="evals-finished">
            <CheckCircle2Icon />
            <AlertTitle>
              The last run ({formatWhen(last.startedAt)}{last.intent ? `, ${last.intent}` : ""}) finished: {last.passed} passed, {last.failed} failed of {last.total ?? last.done} scenario runs
            </AlertTitle>
            <AlertDescription>
              <Link className="underline underline-offset-4" href={`/admin/evals/${last.reportId}`}>
                Open its report
              </Link>
            </AlertDescription>
          </Alert>
        )}
      </section>

      {runs.error && (
        <Alert variant="destructive">
          <AlertTitle>The runs could not be loaded</AlertTitle>
          <AlertDescription>{runs.error.message}</AlertDescription>
        </Alert>
      )}
      {runs.isPending ? (
        <p className="text-sm text-muted-foreground">Loading runs…</p>
      ) : !runs.data || runs.data.runs.length === 0 ? (
        <EmptyState icon={<FlaskConicalIcon />} title="No runs yet" description="Start a run above, or run npm run eval in the repository; each run's report appears here." titleAs="h2" />
      ) : (
        <RunsTable runs={runs.data.runs} />
      )}
    </div>
  );
}

function RunProgress({ progress }: { progress: EvalRunProgress }) {
  const total = progress.total ?? 0;
  const share = total > 0 ? Math.round((progress.done / total) * 100) : 0;
  return (
    <div className="grid gap-2" data-testid="evals-progress" role="status" aria-live="polite">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">
          {progress.total === null ? "Loading scenarios…" : `${progress.done} / ${progress.total} scenario runs done`}
        </span>
        {progress.filter && <Badge variant="outline">{progress.intent ?? progress.filter}</Badge>}
        <span className="text-muted-foreground">
          {progress.passed} passed · {progress.failed} failed
        </span>
        {progress.lastScenario && <span className="truncate font-mono text-xs text-muted-foreground">last: {progress.lastScenario}</span>}
      </div>
      <div className="h-2 overflow-hidden rounded-full bg-muted" role="progressbar" aria-label="Evaluation progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={share}>
        <div className="h-full bg-primary transition-[width]" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

function FailedRun({ progress }: { progress: EvalRunProgress }) {
  return (
    <Alert variant="destructive" data-testid="evals-failed">
      <XCircleIcon />
      <AlertTitle>The last run did not finish</AlertTitle>
      <AlertDescription>{progress.error ?? "It stopped without a report."}</AlertDescription>
    </Alert>
  );
}

function RunsTable({ runs }: { runs: EvalRunSummary[] }) {
  return (
    <div className="rounded-lg border">
      <Table data-testid="evals-runs">
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Model</TableHead>
            <TableHead>Scope</TableHead>
            <TableHead className="text-right">Scenarios</TableHead>
            <TableHead className="text-right">Passed</TableHead>
            <TableHead className="text-right">Failed</TableHead>
            <TableHead className="text-right">Known gaps</TableHead>
            <TableHead className="text-right">Duration</TableHead>
            <TableHead>Gate</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id} data-testid="evals-run-row" data-run-id={run.id}>
              <TableCell className="whitespace-nowrap tabular-nums">
                <Link className="font-medium underline-offset-4 hover:underline" href={`/admin/evals/${run.id}`}>
                  {formatWhen(run.startedAt)}
                </Link>
              </TableCell>
              <TableCell className="font-mono text-xs">
                {run.model.id}
                {run.k > 1 && ` × k=${run.k}`}
              </TableCell>
              <TableCell className="text-xs">{run.filter ?? "all"}</TableCell>
              <TableCell className="text-right tabular-nums">{run.scenarios}</TableCell>
              <TableCell className="text-right tabular-nums">{run.passed}</TableCell>
              <TableCell className={run.failed > 0 ? "text-right font-medium text-destructive tabular-nums" : "text-right tabular-nums"}>{run.failed}</TableCell>
              <TableCell className="text-right tabular-nums">
                {run.expectedFailures}
                {run.fixed > 0 && <span className="text-success"> (+{run.fixed} fixed)</span>}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">{formatDuration(run.durationMs)}</TableCell>
              <TableCell>
                <GateBadge gate={run.gate} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function GateBadge({ gate }: { gate: EvalRunSummary["gate"] }) {
  return gate.passed ? (
    <Badge variant="success">passed</Badge>
  ) : (
    <Badge variant="destructive" title={gate.problems.join("\n")}>
      failed ({gate.problems.length})
    </Badge>
  );
}
