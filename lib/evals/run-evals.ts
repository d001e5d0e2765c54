import path from "node:path";
import { z } from "zod";
import { checkExpectations, type RunVerdict } from "./check-expectations";
import { intentMetrics, type IntentMetrics, type Pricing, type ScenarioRuns } from "./metrics";
import type { ScenarioObservation } from "./observation";
import { thresholdFailures, type EvalReport, type ScenarioResult } from "./report";
import type { ThresholdsFile } from "./load-scenarios";
import type { LoadedScenario } from "./scenario-schema";
import { runWorkerPool } from "./worker-pool";

export type EvalOptions = {
  scenarios: readonly LoadedScenario[];
  k: number;
  workers: number;
  model: { id: string; offline: boolean };
  pricing: Pricing;
  thresholds: ThresholdsFile;
  filter: string | null;
  onProgress?: (done: number, total: number, id: string, verdict: RunVerdict, durationMs: number) => void;
};

type Finished = { scenario: LoadedScenario; observation: ScenarioObservation; verdict: RunVerdict };

const WORKER_FILE = path.join(import.meta.dirname, "eval-worker.ts");
const workerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("fatal"), error: z.string() }),
  z.object({ type: z.literal("result"), jobId: z.number().int(), observation: z.custom<ScenarioObservation>((value) => typeof value === "object" && value !== null) }),
]);

// Runs every scenario k times over a few worker processes and builds the report.
export async function runEvals(options: EvalOptions): Promise<EvalReport> {
  const startedAt = new Date();
  const jobs = options.scenarios.flatMap((scenario) => Array.from({ length: options.k }, () => scenario));
  const finished = await runJobs(jobs, options);
  const byScenario = new Map<string, Finished[]>();
  for (const run of finished) byScenario.set(run.scenario.id, [...(byScenario.get(run.scenario.id) ?? []), run]);

  const scenarioRuns: ScenarioRuns[] = options.scenarios.map((loaded) => ({
    id: loaded.id,
    intent: loaded.scenario.intent,
    messy: loaded.scenario.messy.length > 0,
    knownFailure: loaded.scenario.knownFailure ?? null,
    turns: loaded.scenario.turns.length,
    runs: (byScenario.get(loaded.id) ?? []).map(({ observation, verdict }) => ({
      verdict,
      turnLatenciesMs: observation.turns.map((turn) => turn.latencyMs),
      inputTokens: observation.turns.reduce((total, turn) => total + (turn.usage?.inputTokens ?? 0), 0),
      outputTokens: observation.turns.reduce((total, turn) => total + (turn.usage?.outputTokens ?? 0), 0),
    })),
  }));
  const intents = [...new Set(scenarioRuns.map((scenario) => scenario.intent))].sort();
  const perIntent: IntentMetrics[] = intents.map((intent) => intentMetrics(intent, scenarioRuns.filter((scenario) => scenario.intent === intent), options.pricing));
  const overall = intentMetrics("ALL", scenarioRuns, options.pricing);
  const results = options.scenarios.map((loaded) => scenarioResult(loaded, byScenario.get(loaded.id) ?? []));
  const finishedAt = new Date();
  return {
    version: 1,
    id: startedAt.toISOString().replace(/[:.]/g, "-"),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    model: options.model,
    k: options.k,
    workers: options.workers,
    filter: options.filter,
    summary: {
      scenarios: results.length,
      runs: finished.length,
      passed: results.filter((result) => result.passed).length,
      failed: results.filter((result) => result.status === "fail").length,
      expectedFailures: results.filter((result) => result.status === "expected-failure").length,
      fixed: results.filter((result) => result.status === "fixed").length,
      belowThreshold: thresholdFailures(perIntent, options.thresholds),
      overall,
    },
    intents: perIntent,
    scenarios: results,
  };
}

function scenarioResult(loaded: LoadedScenario, runs: readonly Finished[]): ScenarioResult {
  const failedRun = runs.find((run) => !run.verdict.passed);
  const passed = runs.length > 0 && failedRun === undefined;
  const known = loaded.scenario.knownFailure ?? null;
  return {
    id: loaded.id,
    intent: loaded.scenario.intent,
    language: loaded.scenario.language,
    messy: loaded.scenario.messy,
    passed,
    runsPassed: runs.filter((run) => run.verdict.passed).length,
    runs: runs.length,
    knownFailure: known,
    status: known ? (passed ? "fixed" : "expected-failure") : passed ? "pass" : "fail",
    firstFailure: failedRun?.verdict.firstFailure ?? null,
    failedChecks: failedRun ? failedRun.verdict.checks.filter((check) => !check.passed).map((check) => `${check.name}: ${check.detail}`) : [],
    transcript: failedRun ? transcriptOf(failedRun.observation) : null,
    durationMs: runs.reduce((total, run) => total + run.observation.durationMs, 0),
  };
}

export function transcriptOf(observation: ScenarioObservation): ScenarioResult["transcript"] {
  const lines: NonNullable<ScenarioResult["transcript"]> = [];
  for (const turn of observation.turns) {
    for (const text of turn.customer) lines.push({ from: "customer", text });
    const tools = turn.toolCalls.map((call) => `${call.toolName}:${call.status}`).join(", ");
    lines.push({ from: "tools", text: `[${turn.result} intent=${turn.intent ?? "-"} lang=${turn.language ?? "-"} outcome=${turn.outcome ?? "-"}] ${tools}` });
    for (const reply of turn.replies) lines.push({ from: "bot", text: [reply.text, ...reply.options.map((option) => `[${option.title}]`)].join(" ") });
  }
  if (observation.harnessError) lines.push({ from: "tools", text: `harness error: ${observation.harnessError}` });
  return lines;
}

async function runJobs(jobs: readonly LoadedScenario[], options: EvalOptions): Promise<Finished[]> {
  const results: Finished[] = [];
  await runWorkerPool({
    workerFile: WORKER_FILE,
    jobs,
    workers: options.workers,
    label: "eval",
    jobName: (job) => job.id,
    parse: (raw) => workerMessage.parse(raw),
    onResult: (message, job) => {
      const verdict = checkExpectations(job.scenario, message.observation);
      results.push({ scenario: job, observation: message.observation, verdict });
      options.onProgress?.(results.length, jobs.length, job.id, verdict, message.observation.durationMs);
    },
  });
  return results;
}
