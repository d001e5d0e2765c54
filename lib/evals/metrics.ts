import type { RunVerdict } from "./check-expectations";

// Per-intent figures over scenarios run k times. Rates are 0..1; a rate with nothing to measure
// (no scenario expects a handoff, none names an article) is null, never a flattering 1.

export type ScenarioRuns = {
  id: string;
  intent: string;
  messy: boolean;
  knownFailure: string | null;
  turns: number;
  runs: { verdict: RunVerdict; turnLatenciesMs: number[]; inputTokens: number; outputTokens: number }[];
};

export type IntentMetrics = {
  intent: string;
  scenarios: number;
  messy: number;
  runs: number;
  // pass^k: the share of scenarios whose k runs all passed (known failures count as failures).
  taskSuccess: number;
  // The share of single runs that passed (equals taskSuccess when k = 1).
  passRate: number;
  escalationPrecision: number | null;
  escalationRecall: number | null;
  confirmationCompliance: number;
  grounding: number | null;
  languageMatch: number;
  avgTurns: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
  knownFailures: number;
};

export type Pricing = { inputPerMillionUsd: number; outputPerMillionUsd: number } | null;

export function intentMetrics(intent: string, scenarios: readonly ScenarioRuns[], pricing: Pricing): IntentMetrics {
  const runs = scenarios.flatMap((scenario) => scenario.runs);
  const verdicts = runs.map((run) => run.verdict);
  // A handoff counts as a true positive only with the expected reason; a wrong reason is both a
  // false alarm and a miss.
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const verdict of verdicts) {
    if (verdict.expectedHandoff === undefined) continue;
    const expected = verdict.expectedHandoff;
    const actual = verdict.actualHandoff;
    if (expected && actual === expected) truePositives += 1;
    else {
      if (actual) falsePositives += 1;
      if (expected) falseNegatives += 1;
    }
  }
  const groundingRuns = verdicts.filter((verdict) => verdict.grounded !== null);
  const latencies = runs.flatMap((run) => run.turnLatenciesMs);
  const inputTokens = sum(runs.map((run) => run.inputTokens));
  const outputTokens = sum(runs.map((run) => run.outputTokens));
  return {
    intent,
    scenarios: scenarios.length,
    messy: scenarios.filter((scenario) => scenario.messy).length,
    runs: runs.length,
    taskSuccess: ratio(scenarios.filter((scenario) => scenario.runs.length > 0 && scenario.runs.every((run) => run.verdict.passed)).length, scenarios.length) ?? 0,
    passRate: ratio(verdicts.filter((verdict) => verdict.passed).length, verdicts.length) ?? 0,
    escalationPrecision: ratio(truePositives, truePositives + falsePositives),
    escalationRecall: ratio(truePositives, truePositives + falseNegatives),
    confirmationCompliance: ratio(verdicts.filter((verdict) => !verdict.confirmationViolation).length, verdicts.length) ?? 1,
    grounding: ratio(groundingRuns.filter((verdict) => verdict.grounded).length, groundingRuns.length),
    languageMatch: ratio(verdicts.filter((verdict) => verdict.languageMatch).length, verdicts.length) ?? 0,
    avgTurns: scenarios.length === 0 ? 0 : sum(scenarios.map((scenario) => scenario.turns)) / scenarios.length,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    inputTokens,
    outputTokens,
    costUsd: pricing ? (inputTokens * pricing.inputPerMillionUsd + outputTokens * pricing.outputPerMillionUsd) / 1_000_000 : null,
    knownFailures: scenarios.filter((scenario) => scenario.knownFailure !== null).length,
  };
}

// Nearest-rank percentile; 0 for no samples.
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
