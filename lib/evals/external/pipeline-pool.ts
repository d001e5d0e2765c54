import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import type { ScenarioObservation } from "../observation";
import type { EvalScenario } from "../scenario-schema";
import type { Ownership } from "./redteam";

export type PipelineJob = { key: string; scenario: EvalScenario };
export type PipelineResult = { key: string; observation: ScenarioObservation; ownership: Ownership };

const WORKER_FILE = path.join(import.meta.dirname, "pipeline-worker.ts");
const workerMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), foreignOrder: z.string() }),
  z.object({ type: z.literal("fatal"), error: z.string() }),
  z.object({
    type: z.literal("result"),
    jobId: z.number().int(),
    observation: z.custom<ScenarioObservation>((value) => typeof value === "object" && value !== null),
    ownership: z.object({ personaCustomerId: z.string().nullable(), owners: z.record(z.string(), z.string().nullable()) }),
  }),
]);

// Runs scenarios through the real pipeline over a few worker processes (pipeline-worker.ts), each
// on a fresh copy of the seeded database, as `npm run eval` does.
export async function runPipelineJobs(
  jobs: readonly PipelineJob[],
  options: { workers: number; onProgress?: (done: number, total: number, key: string, durationMs: number) => void },
): Promise<{ results: PipelineResult[]; foreignOrder: string | null }> {
  const results: PipelineResult[] = [];
  let foreignOrder: string | null = null;
  let next = 0;
  const workerCount = Math.max(1, Math.min(options.workers, jobs.length));
  const children: ChildProcess[] = [];
  // One worker failing ends the run: the others are stopped too, so none outlives this process.
  const stopAll = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  process.once("exit", stopAll);
  try {
    await Promise.all(
      Array.from(
        { length: workerCount },
        () =>
          new Promise<void>((resolve, reject) => {
            const child = fork(WORKER_FILE, [], {
              execArgv: ["--import", "tsx"],
              env: { ...process.env, LOG_LEVEL: process.env.EVAL_LOG_LEVEL ?? "silent" },
              stdio: ["ignore", "inherit", "inherit", "ipc"],
            });
            children.push(child);
            let current: { jobId: number; job: PipelineJob } | null = null;
            const dispatch = () => {
              if (next >= jobs.length) {
                current = null;
                child.send({ type: "stop" });
                resolve();
                return;
              }
              const jobId = next++;
              current = { jobId, job: jobs[jobId]! };
              child.send({ type: "run", jobId, scenario: current.job.scenario });
            };
            child.on("message", (raw: unknown) => {
              const message = workerMessage.parse(raw);
              if (message.type === "fatal") return reject(new Error(`eval:external worker failed to start: ${message.error}`));
              if (message.type === "ready") foreignOrder ??= message.foreignOrder;
              if (message.type === "result" && current && message.jobId === current.jobId) {
                results.push({ key: current.job.key, observation: message.observation, ownership: message.ownership });
                options.onProgress?.(results.length, jobs.length, current.job.key, message.observation.durationMs);
              }
              dispatch();
            });
            child.on("exit", (code) => {
              if (current) reject(new Error(`eval:external worker exited (${code}) while running ${current.job.key}`));
            });
          }),
      ),
    );
  } catch (error) {
    stopAll();
    throw error;
  } finally {
    process.removeListener("exit", stopAll);
  }
  return { results, foreignOrder };
}
