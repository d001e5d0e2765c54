import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { EvalRunProgress } from "@/lib/validation/evals";
import { listIntentFolders } from "./list-runs";
import { emptyProgress, isActive, progressFile, readProgress, writeProgress } from "./run-progress";

// Starts `npm run eval` from the console: the CLI runs as a child process (the scenarios run in its
// own worker processes, so the web server's event loop never waits on them) and keeps the progress
// file up to date. One run at a time: a lock file, taken atomically, guards the start.

const LOCK_FILE = "current-run.lock";
const LOG_FILE = "current-run.log";

export type StartRunInput = { root: string; intent?: string; startedBy: string | null; repoDir?: string };

export function activeRun(root: string): EvalRunProgress | null {
  const progress = readProgress(progressFile(runsFolder(root)));
  return isActive(progress) ? progress : null;
}

export function lastRun(root: string): EvalRunProgress | null {
  return readProgress(progressFile(runsFolder(root)));
}

export function startRun(input: StartRunInput): EvalRunProgress {
  const runs = runsFolder(input.root);
  mkdirSync(runs, { recursive: true });
  if (input.intent && !listIntentFolders(input.root).some((option) => option.intent === input.intent)) {
    throw new AppError("bad_request:api", `There are no scenarios for the intent "${input.intent}".`);
  }
  const runId = `web-${new Date().toISOString()}`;
  takeLock(runs, runId);
  const file = progressFile(runs);
  const filter = input.intent ? `${input.intent}/` : null;
  let progress: EvalRunProgress;
  try {
    progress = writeProgress(file, {}, { ...emptyProgress(), runId, startedBy: input.startedBy, intent: input.intent ?? null, filter });
    const repo = input.repoDir ?? process.cwd();
    const workers = Math.max(1, Math.min(4, availableParallelism() - 1));
    const args = ["--import", "tsx", path.join(repo, "scripts", "eval.ts"), "--json-progress", file, "--workers", String(workers), ...(filter ? ["--filter", filter] : [])];
    const log = openSync(path.join(runs, LOG_FILE), "w");
    // Node runs the CLI directly (with tsx as its loader), so the pid in the progress file is the CLI's.
    const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, EVALS_DIR: input.root }, stdio: ["ignore", log, log] });
    closeSync(log);
    child.on("error", (error) => finish(runs, runId, `The eval CLI could not start: ${error.message}`));
    child.on("exit", (code, signal) => finish(runs, runId, code === 0 ? null : `The eval CLI stopped (${signal ?? `exit code ${code}`}). ${tail(path.join(runs, LOG_FILE))}`));
    progress = writeProgress(file, { pid: child.pid ?? null });
  } catch (error) {
    releaseLock(runs, runId);
    throw error;
  }
  return progress;
}

function finish(runs: string, runId: string, error: string | null): void {
  const file = progressFile(runs);
  const progress = readProgress(file);
  if (progress && progress.runId === runId && progress.state !== "finished" && progress.state !== "failed") {
    writeProgress(file, { state: "failed", error: error ?? "The eval CLI ended without writing a report." });
  }
  releaseLock(runs, runId);
}

function takeLock(runs: string, runId: string): void {
  const lock = path.join(runs, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, runId, { flag: "wx" });
      return;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    const active = readProgress(progressFile(runs));
    if (isActive(active)) {
      const done = active.total ? `${active.done} of ${active.total} scenario runs done` : "loading scenarios";
      throw new AppError("conflict:api", `An evaluation run is already in progress (started ${active.startedAt.replace("T", " ").slice(0, 19)} UTC${active.filter ? `, ${active.filter}` : ""}; ${done}). Wait for it to finish.`, {
        details: { active },
      });
    }
    // A lock left behind by a run that is no longer alive.
    rmSync(lock, { force: true });
  }
  throw new AppError("conflict:api", "Another evaluation run is starting. Try again in a moment.");
}

// Only the run that took the lock releases it.
function releaseLock(runs: string, runId: string): void {
  const lock = path.join(runs, LOCK_FILE);
  try {
    if (readFileSync(lock, "utf8") === runId) rmSync(lock, { force: true });
  } catch {
    // already gone
  }
}

function runsFolder(root: string): string {
  return path.join(root, "results", "runs");
}

function tail(file: string): string {
  try {
    const lines = readFileSync(file, "utf8").trim().split("\n");
    return lines.slice(-3).join(" ").slice(-400);
  } catch {
    return "";
  }
}
