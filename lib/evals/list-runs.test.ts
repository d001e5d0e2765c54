import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listIntentFolders, listRuns, readRun } from "./list-runs";
import type { EvalReport } from "./report";
import { progressFile, writeProgress } from "./run-progress";
import { activeRun, startRun } from "./start-run";

const metrics = (intent: string, taskSuccess: number): EvalReport["intents"][number] => ({
  intent,
  scenarios: 2,
  messy: 1,
  runs: 2,
  taskSuccess,
  passRate: taskSuccess,
  escalationPrecision: null,
  escalationRecall: null,
  confirmationCompliance: 1,
  grounding: null,
  languageMatch: 1,
  avgTurns: 2,
  latencyP50Ms: 10,
  latencyP95Ms: 20,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  knownFailures: 0,
});

function report(id: string, startedAt: string, taskSuccess: number, fixed = false): EvalReport {
  return {
    version: 1,
    id,
    startedAt,
    finishedAt: startedAt,
    durationMs: 1234,
    model: { id: "offline", offline: true },
    k: 1,
    workers: 2,
    filter: "burst/",
    summary: { scenarios: 2, runs: 2, passed: 1, failed: 1, expectedFailures: 0, fixed: fixed ? 1 : 0, belowThreshold: [], overall: metrics("ALL", taskSuccess) },
    intents: [metrics("burst", taskSuccess)],
    scenarios: fixed
      ? [{ id: "burst/a", intent: "burst", language: "en", messy: [], passed: true, runsPassed: 1, runs: 1, knownFailure: "a known gap", status: "fixed", firstFailure: null, failedChecks: [], transcript: null, durationMs: 5 }]
      : [],
  };
}

let root = "";
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "evals-runs-"));
  mkdirSync(path.join(root, "results", "runs"), { recursive: true });
  mkdirSync(path.join(root, "burst"));
  writeFileSync(path.join(root, "burst", "a.json"), "{}");
  mkdirSync(path.join(root, "empty_intent"));
  writeFileSync(path.join(root, "thresholds.json"), JSON.stringify({ default: { taskSuccess: 0.9 }, intents: {} }));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const write = (value: EvalReport) => writeFileSync(path.join(root, "results", "runs", `${value.id}.json`), JSON.stringify(value));

describe("listRuns", () => {
  it("lists reports newest first with the gate against the current thresholds, skipping other files", () => {
    write(report("2026-11-20T10-00-00-000Z", "2026-11-20T10:00:00.000Z", 1));
    write(report("2026-11-21T10-00-00-000Z", "2026-11-21T10:00:00.000Z", 0.5));
    write(report("2026-11-19T10-00-00-000Z", "2026-11-19T10:00:00.000Z", 1, true));
    writeFileSync(path.join(root, "results", "runs", "broken.json"), "{ not json");
    writeProgress(progressFile(path.join(root, "results", "runs")), { state: "finished" });
    const runs = listRuns(root);
    expect(runs.map((run) => run.id)).toEqual(["2026-11-21T10-00-00-000Z", "2026-11-20T10-00-00-000Z", "2026-11-19T10-00-00-000Z"]);
    expect(runs[0]!.gate).toEqual({ passed: false, problems: ["burst taskSuccess 50.0% < 90.0%"] });
    expect(runs[1]!.gate).toEqual({ passed: true, problems: [] });
    expect(runs[2]!.gate.problems).toEqual(["burst/a passes now: remove its knownFailure"]);
    expect(runs[0]).toMatchObject({ scenarios: 2, passed: 1, failed: 1, durationMs: 1234, filter: "burst/" });
  });

  it("reads one run by id and refuses ids that are not run ids", () => {
    write(report("2026-11-20T10-00-00-000Z", "2026-11-20T10:00:00.000Z", 1));
    expect(readRun(root, "2026-11-20T10-00-00-000Z")?.report.id).toBe("2026-11-20T10-00-00-000Z");
    expect(readRun(root, "../thresholds")).toBeNull();
    expect(readRun(root, "2026-01-01T00-00-00-000Z")).toBeNull();
  });

  it("lists intent folders that hold scenarios", () => {
    expect(listIntentFolders(root)).toEqual([{ intent: "burst", scenarios: 1 }]);
  });
});

describe("startRun", () => {
  it("refuses a second run while one is in progress, and an unknown intent", () => {
    const runs = path.join(root, "results", "runs");
    // This test process stands in for a running CLI.
    writeProgress(progressFile(runs), { state: "running", pid: process.pid, total: 4, done: 1, filter: "burst/" });
    writeFileSync(path.join(runs, "current-run.lock"), "web-other");
    expect(activeRun(root)?.done).toBe(1);
    expect(() => startRun({ root, intent: "burst", startedBy: null })).toThrow(/already in progress.*1 of 4/);
    expect(() => startRun({ root, intent: "nope", startedBy: null })).toThrow(/no scenarios for the intent "nope"/);
    expect(readFileSync(path.join(runs, "current-run.lock"), "utf8")).toBe("web-other");
  });

  it("does not count a finished or dead run as in progress", () => {
    const runs = path.join(root, "results", "runs");
    writeProgress(progressFile(runs), { state: "finished", pid: process.pid });
    expect(activeRun(root)).toBeNull();
    writeProgress(progressFile(runs), { state: "running", pid: 2 ** 22 + 12345 });
    expect(activeRun(root)).toBeNull();
  });
});
