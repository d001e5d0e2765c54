// `npm run eval`: the agent's evaluation suite (evals/README.md). Options:
//   --k N        runs per scenario (default 1; pass^k needs every run to pass)
//   --workers N  worker processes (default: CPU count, at most 4)
//   --filter S   only scenarios whose id (intent/file) contains S
//   --ci         exit 1 when an intent is below evals/thresholds.json or a known gap now passes
//   --json-progress FILE
//                keep FILE (JSON, lib/validation/evals.ts evalRunProgressSchema) up to date as scenarios
//                finish: what the admin evaluations page polls
// EVALS_DIR sets the evaluations folder (default: evals/ in the repository).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadScenarios, loadThresholds } from "@/lib/evals/load-scenarios";
import { formatRate, formatTable, parseReport, type EvalReport } from "@/lib/evals/report";
import { runEvals } from "@/lib/evals/run-evals";
import { writeProgress } from "@/lib/evals/run-progress";

const ROOT = process.env.EVALS_DIR ? path.resolve(process.env.EVALS_DIR) : path.resolve(import.meta.dirname, "..", "evals");
const RESULTS = path.join(ROOT, "results");
const { values } = parseArgs({
  options: {
    k: { type: "string", default: "1" },
    workers: { type: "string" },
    filter: { type: "string" },
    ci: { type: "boolean", default: false },
    "json-progress": { type: "string" },
  },
});
const progressFile = values["json-progress"];
const progress = (patch: Parameters<typeof writeProgress>[1]) => {
  if (progressFile) writeProgress(progressFile, patch);
};
const k = Number.parseInt(values.k, 10);
const workers = values.workers ? Number.parseInt(values.workers, 10) : Math.min(4, availableParallelism());
if (!Number.isInteger(k) || k < 1 || !Number.isInteger(workers) || workers < 1) {
  process.stderr.write("--k and --workers take a positive integer\n");
  process.exit(2);
}

const { scenarios, errors } = loadScenarios(ROOT, { filter: values.filter });
if (errors.length > 0) {
  progress({ state: "failed", pid: process.pid, error: `Invalid scenario files: ${errors.join("; ")}` });
  process.stderr.write(`Invalid scenario files:\n${errors.map((error) => `  ${error}`).join("\n")}\n`);
  process.exit(2);
}
if (scenarios.length === 0) {
  progress({ state: "failed", pid: process.pid, error: `No scenario matches ${values.filter ?? "(all)"}` });
  process.stderr.write(`No scenario matches ${values.filter ?? "(all)"}\n`);
  process.exit(2);
}
const thresholds = loadThresholds(path.join(ROOT, "thresholds.json"));
const modelId = process.env.AI_MODEL ?? "offline";
const offline = modelId === "offline";
const pricing = offline
  ? { inputPerMillionUsd: 0, outputPerMillionUsd: 0 }
  : process.env.EVAL_PRICE_INPUT_PER_MTOK && process.env.EVAL_PRICE_OUTPUT_PER_MTOK
    ? { inputPerMillionUsd: Number(process.env.EVAL_PRICE_INPUT_PER_MTOK), outputPerMillionUsd: Number(process.env.EVAL_PRICE_OUTPUT_PER_MTOK) }
    : null;

process.stderr.write(`Running ${scenarios.length} scenarios × k=${k} on ${modelId} with ${workers} workers…\n`);
const counts = { passed: 0, failed: 0 };
progress({ state: "running", pid: process.pid, model: modelId, filter: values.filter ?? null, total: scenarios.length * k, done: 0, passed: 0, failed: 0 });
const report = await runEvals({
  scenarios,
  k,
  workers,
  model: { id: modelId, offline },
  pricing,
  thresholds,
  filter: values.filter ?? null,
  onProgress: (done, total, id, verdict, durationMs) => {
    counts[verdict.passed ? "passed" : "failed"] += 1;
    progress({ done, total, lastScenario: id, ...counts });
    process.stderr.write(`  [${String(done).padStart(3)}/${total}] ${verdict.passed ? "pass" : "FAIL"} ${id} (${durationMs} ms)${verdict.firstFailure ? `\n        ${verdict.firstFailure.slice(0, 300)}` : ""}\n`);
  },
}).catch((error: unknown) => {
  progress({ state: "failed", error: error instanceof Error ? error.message : String(error) });
  throw error;
});

const latestFile = path.join(RESULTS, "latest.json");
const previous = existsSync(latestFile) ? parseReport(JSON.parse(readFileSync(latestFile, "utf8"))) : null;
print(report, previous);

mkdirSync(path.join(RESULTS, "runs"), { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(path.join(RESULTS, "runs", `${report.id}.json`), json);
// Only a full run replaces the committed baseline.
if (!values.filter) writeFileSync(latestFile, json);
progress({ state: "finished", reportId: report.id });
process.stdout.write(`\nReport: ${path.relative(process.cwd(), path.join(RESULTS, "runs", `${report.id}.json`))}${values.filter ? "" : " (and evals/results/latest.json)"}\n`);

if (values.ci) {
  const problems = [...report.summary.belowThreshold];
  for (const scenario of report.scenarios) if (scenario.status === "fixed") problems.push(`${scenario.id} passes now: remove its knownFailure`);
  if (problems.length > 0) {
    process.stdout.write(`\nEval gate FAILED:\n${problems.map((problem) => `  ${problem}`).join("\n")}\n`);
    process.exit(1);
  }
  process.stdout.write("\nEval gate passed: every intent meets evals/thresholds.json.\n");
}
process.exit(0);

function print(current: EvalReport, before: EvalReport | null): void {
  const out: string[] = ["", formatTable(current, before && before.id !== current.id ? before : null)];
  const failing = current.scenarios.filter((scenario) => scenario.status === "fail");
  if (failing.length > 0) out.push("", "Failures:", ...failing.map((scenario) => `  ${scenario.id}: ${scenario.firstFailure ?? "?"}`));
  const expected = current.scenarios.filter((scenario) => scenario.status === "expected-failure");
  if (expected.length > 0) out.push("", "Expected failures (known gaps):", ...expected.map((scenario) => `  ${scenario.id}: ${scenario.firstFailure ?? "?"}\n      why: ${scenario.knownFailure ?? ""}`));
  const fixed = current.scenarios.filter((scenario) => scenario.status === "fixed");
  if (fixed.length > 0) out.push("", "Known gaps that now PASS (remove knownFailure):", ...fixed.map((scenario) => `  ${scenario.id}`));
  if (current.summary.belowThreshold.length > 0) out.push("", "Below thresholds:", ...current.summary.belowThreshold.map((line) => `  ${line}`));
  out.push("", `Overall task success ${formatRate(current.summary.overall.taskSuccess)}, confirmation compliance ${formatRate(current.summary.overall.confirmationCompliance)}`);
  process.stdout.write(`${out.join("\n")}\n`);
}
