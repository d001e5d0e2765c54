import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { EvalIntentOption, EvalRunSummary } from "@/lib/validation/evals";
import { loadThresholds, type ThresholdsFile } from "./load-scenarios";
import { parseReport, thresholdFailures, type EvalReport } from "./report";

// The eval runs on disk (evals/results/runs/<id>.json, written by the CLI), newest first, each with
// its gate verdict against the thresholds committed now.

// Parsed reports by file, kept while the file is unchanged: a full report is a few hundred kB.
const cache = new Map<string, { mtimeMs: number; report: EvalReport | null }>();

export function listRuns(root: string, options: { limit?: number } = {}): EvalRunSummary[] {
  const dir = path.join(root, "results", "runs");
  if (!existsSync(dir)) return [];
  const thresholds = readThresholds(root);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".progress.json"))
    .sort()
    .reverse();
  const runs: EvalRunSummary[] = [];
  for (const name of files) {
    const report = readReportFile(path.join(dir, name));
    if (report) runs.push(summarise(report, thresholds));
  }
  runs.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return options.limit ? runs.slice(0, options.limit) : runs;
}

export function readRun(root: string, id: string): { report: EvalReport; summary: EvalRunSummary } | null {
  if (!/^[0-9TZ-]+$/.test(id)) return null;
  const report = readReportFile(path.join(root, "results", "runs", `${id}.json`));
  return report ? { report, summary: summarise(report, readThresholds(root)) } : null;
}

// The intent folders with their scenario counts, for "run one intent".
export function listIntentFolders(root: string): EvalIntentOption[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name !== "results" && /^[a-z_]+$/.test(name) && statSync(path.join(root, name)).isDirectory())
    .sort()
    .map((intent) => ({ intent, scenarios: readdirSync(path.join(root, intent)).filter((file) => file.endsWith(".json")).length }))
    .filter((option) => option.scenarios > 0);
}

export function gateOf(report: EvalReport, thresholds: ThresholdsFile | null): EvalRunSummary["gate"] {
  const problems = thresholds ? thresholdFailures(report.intents, thresholds) : [...report.summary.belowThreshold];
  for (const scenario of report.scenarios) if (scenario.status === "fixed") problems.push(`${scenario.id} passes now: remove its knownFailure`);
  return { passed: problems.length === 0, problems };
}

function summarise(report: EvalReport, thresholds: ThresholdsFile | null): EvalRunSummary {
  return {
    id: report.id,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    model: report.model,
    k: report.k,
    filter: report.filter,
    scenarios: report.summary.scenarios,
    passed: report.summary.passed,
    failed: report.summary.failed,
    expectedFailures: report.summary.expectedFailures,
    fixed: report.summary.fixed,
    gate: gateOf(report, thresholds),
  };
}

function readReportFile(file: string): EvalReport | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.report;
  let report: EvalReport | null = null;
  try {
    report = parseReport(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    report = null;
  }
  cache.set(file, { mtimeMs, report });
  return report;
}

function readThresholds(root: string): ThresholdsFile | null {
  try {
    return loadThresholds(path.join(root, "thresholds.json"));
  } catch {
    return null;
  }
}
