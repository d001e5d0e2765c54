import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evalRunProgressSchema, type EvalRunProgress } from "@/lib/validation/evals";

// The progress file of the run in progress: written by the server that starts a run and by the
// eval CLI as scenarios finish (`--json-progress <file>`), read by the evaluations page.

export const PROGRESS_FILE = "current-run.progress.json";

export function progressFile(runs: string): string {
  return path.join(runs, PROGRESS_FILE);
}

export function readProgress(file: string): EvalRunProgress | null {
  try {
    const parsed = evalRunProgressSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// Merges `patch` into the file (written whole, then renamed, so a reader never sees half a file).
export function writeProgress(file: string, patch: Partial<EvalRunProgress>, base?: EvalRunProgress): EvalRunProgress {
  const current = base ?? readProgress(file) ?? emptyProgress();
  const next = evalRunProgressSchema.parse({ ...current, ...patch, updatedAt: new Date().toISOString() });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(temporary, file);
  return next;
}

export function emptyProgress(): EvalRunProgress {
  const now = new Date().toISOString();
  return {
    version: 1,
    runId: `cli-${now}`,
    state: "starting",
    pid: null,
    startedAt: now,
    updatedAt: now,
    startedBy: null,
    intent: null,
    filter: null,
    model: process.env.AI_MODEL ?? "offline",
    total: null,
    done: 0,
    passed: 0,
    failed: 0,
    lastScenario: null,
    reportId: null,
    error: null,
  };
}

// A run counts as in progress while its process lives (or, before it has one, for a minute).
export function isActive(progress: EvalRunProgress | null, now = Date.now()): progress is EvalRunProgress {
  if (!progress || (progress.state !== "starting" && progress.state !== "running")) return false;
  if (progress.pid === null) return now - Date.parse(progress.updatedAt) < 60_000;
  return processAlive(progress.pid);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
