import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import type { ScenarioObservation } from "../observation";
import type { EvalScenario } from "../scenario-schema";
import { runWorkerPool } from "../worker-pool";
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
  const children: ChildProcess[] = [];
  // One worker failing ends the run: the others are stopped too, so none outlives this process.
  const stopAll = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill();
  };
  process.once("exit", stopAll);
  try {
    await runWorkerPool({
      workerFile: WORKER_FILE,
      jobs,
      workers: options.workers,
      label: "eval:external",
      jobName: (job) => job.key,
      parse: (raw) => workerMessage.parse(raw),
      onSpawn: (child) => children.push(child),
      onMessage: (message) => {
        if (message.type === "ready") foreignOrder ??= message.foreignOrder;
      },
      onResult: (message, job) => {
        results.push({ key: job.key, observation: message.observation, ownership: message.ownership });
        options.onProgress?.(results.length, jobs.length, job.key, message.observation.durationMs);
      },
    });
  } catch (error) {
    stopAll();
    throw error;
  } finally {
    process.removeListener("exit", stopAll);
  }
  return { results, foreignOrder };
}
