import { z } from "zod";
import { thresholdsFor, type ThresholdMetric, type ThresholdsFile } from "./load-scenarios";
import type { IntentMetrics } from "./metrics";

// The JSON report of one eval run: evals/results/latest.json (committed, the baseline the next run is
// compared with) and evals/results/runs/<id>.json (every run, git-ignored). A page listing runs reads
// the `runs/` folder and shows `summary`; a failure opens with `firstFailure` and its transcript.

const rate = z.number().min(0).max(1);
const nullableRate = rate.nullable();

export const intentMetricsSchema = z.object({
  intent: z.string(),
  scenarios: z.number().int(),
  messy: z.number().int(),
  runs: z.number().int(),
  taskSuccess: rate,
  passRate: rate,
  escalationPrecision: nullableRate,
  escalationRecall: nullableRate,
  confirmationCompliance: rate,
  grounding: nullableRate,
  languageMatch: rate,
  avgTurns: z.number(),
  latencyP50Ms: z.number(),
  latencyP95Ms: z.number(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  costUsd: z.number().nullable(),
  knownFailures: z.number().int(),
});

export const transcriptLineSchema = z.object({ from: z.enum(["customer", "bot", "tools"]), text: z.string() });

export const scenarioResultSchema = z.object({
  id: z.string(),
  intent: z.string(),
  language: z.string(),
  messy: z.array(z.string()),
  // pass^k for this scenario: every run passed.
  passed: z.boolean(),
  runsPassed: z.number().int(),
  runs: z.number().int(),
  knownFailure: z.string().nullable(),
  // "pass", "fail", "expected-failure" (known, still failing) or "fixed" (known, now passing).
  status: z.enum(["pass", "fail", "expected-failure", "fixed"]),
  firstFailure: z.string().nullable(),
  failedChecks: z.array(z.string()),
  // The first failing run's conversation (only kept for scenarios that did not pass).
  transcript: z.array(transcriptLineSchema).nullable(),
  durationMs: z.number(),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

export const reportSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  model: z.object({ id: z.string(), offline: z.boolean() }),
  k: z.number().int(),
  workers: z.number().int(),
  filter: z.string().nullable(),
  summary: z.object({
    scenarios: z.number().int(),
    runs: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    expectedFailures: z.number().int(),
    fixed: z.number().int(),
    belowThreshold: z.array(z.string()),
    overall: intentMetricsSchema,
  }),
  intents: z.array(intentMetricsSchema),
  scenarios: z.array(scenarioResultSchema),
});
export type EvalReport = z.infer<typeof reportSchema>;

export function parseReport(json: unknown): EvalReport | null {
  const parsed = reportSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

// Each intent's figures against the committed thresholds: "intent metric value < threshold".
export function thresholdFailures(intents: readonly IntentMetrics[], thresholds: ThresholdsFile): string[] {
  const failures: string[] = [];
  for (const metrics of intents) {
    const wanted = thresholdsFor(thresholds, metrics.intent);
    for (const [metric, minimum] of Object.entries(wanted) as [ThresholdMetric, number | undefined][]) {
      if (minimum === undefined) continue;
      const value = metrics[metric];
      if (value === null) continue;
      if (value + 1e-9 < minimum) failures.push(`${metrics.intent} ${metric} ${formatRate(value)} < ${formatRate(minimum)}`);
    }
  }
  return failures;
}

const COLUMNS: { title: string; width: number; value: (m: IntentMetrics) => string }[] = [
  { title: "intent", width: 24, value: (m) => m.intent },
  { title: "n", width: 4, value: (m) => String(m.scenarios) },
  { title: "messy", width: 5, value: (m) => String(m.messy) },
  { title: "success", width: 7, value: (m) => formatRate(m.taskSuccess) },
  { title: "esc.P", width: 5, value: (m) => formatRate(m.escalationPrecision) },
  { title: "esc.R", width: 5, value: (m) => formatRate(m.escalationRecall) },
  { title: "confirm", width: 7, value: (m) => formatRate(m.confirmationCompliance) },
  { title: "ground", width: 6, value: (m) => formatRate(m.grounding) },
  { title: "lang", width: 5, value: (m) => formatRate(m.languageMatch) },
  { title: "turns", width: 5, value: (m) => m.avgTurns.toFixed(1) },
  { title: "p50 ms", width: 6, value: (m) => String(Math.round(m.latencyP50Ms)) },
  { title: "p95 ms", width: 6, value: (m) => String(Math.round(m.latencyP95Ms)) },
  { title: "tokens", width: 9, value: (m) => String(m.inputTokens + m.outputTokens) },
  { title: "cost $", width: 7, value: (m) => (m.costUsd === null ? "?" : m.costUsd.toFixed(m.costUsd < 1 ? 4 : 2)) },
  { title: "known", width: 5, value: (m) => String(m.knownFailures) },
];

export function formatTable(report: EvalReport, previous: EvalReport | null): string {
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(COLUMNS[index]!.width) : cell.padStart(COLUMNS[index]!.width))).join(" ");
  const rows = [line(COLUMNS.map((column) => column.title)), line(COLUMNS.map((column) => "-".repeat(column.width)))];
  for (const metrics of report.intents) rows.push(line(COLUMNS.map((column) => column.value(metrics))));
  rows.push(line(COLUMNS.map((column) => "-".repeat(column.width))));
  rows.push(line(COLUMNS.map((column) => column.value(report.summary.overall))));
  const lines = [...rows, ""];
  lines.push(
    `${report.summary.scenarios} scenarios × k=${report.k} on ${report.model.id}: ${report.summary.passed} passed, ${report.summary.failed} failed, ` +
      `${report.summary.expectedFailures} expected failures (known gaps), ${report.summary.fixed} known gaps now passing; ${(report.durationMs / 1000).toFixed(1)} s with ${report.workers} workers`,
  );
  if (previous) lines.push("", ...formatDeltas(report, previous));
  return lines.join("\n");
}

const DELTA_METRICS: (keyof IntentMetrics)[] = ["taskSuccess", "escalationPrecision", "escalationRecall", "confirmationCompliance", "grounding", "languageMatch"];

export function formatDeltas(report: EvalReport, previous: EvalReport): string[] {
  const lines = [`Compared with the previous run ${previous.id} (${previous.model.id}, k=${previous.k}):`];
  const before = new Map(previous.intents.map((metrics) => [metrics.intent, metrics]));
  let changed = 0;
  for (const metrics of [...report.intents, report.summary.overall]) {
    const old = metrics.intent === report.summary.overall.intent ? previous.summary.overall : before.get(metrics.intent);
    if (!old) {
      lines.push(`  ${metrics.intent}: new`);
      continue;
    }
    const parts: string[] = [];
    for (const metric of DELTA_METRICS) {
      const now = metrics[metric];
      const then = old[metric];
      if (typeof now !== "number" || typeof then !== "number" || Math.abs(now - then) < 1e-9) continue;
      parts.push(`${metric} ${formatRate(then)} → ${formatRate(now)} (${now > then ? "+" : ""}${((now - then) * 100).toFixed(1)} pts)`);
    }
    if (metrics.scenarios !== old.scenarios) parts.push(`scenarios ${old.scenarios} → ${metrics.scenarios}`);
    if (parts.length > 0) {
      changed += 1;
      lines.push(`  ${metrics.intent}: ${parts.join(", ")}`);
    }
  }
  const oldStatus = new Map(previous.scenarios.map((scenario) => [scenario.id, scenario.passed]));
  for (const scenario of report.scenarios) {
    const was = oldStatus.get(scenario.id);
    if (was === undefined || was === scenario.passed) continue;
    changed += 1;
    lines.push(`  ${scenario.passed ? "now passes" : "now FAILS"}: ${scenario.id}${scenario.firstFailure ? ` (${scenario.firstFailure})` : ""}`);
  }
  if (changed === 0) lines.push("  no change");
  return lines;
}

export function formatRate(value: number | null): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}
