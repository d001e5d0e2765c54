import { z } from "zod";
import { scenarioSchema, type EvalScenario } from "./scenario-schema";

// What an evaluation worker process does with the scenarios its parent sends: `run` answers one,
// `ready` is sent once with any extra fields the parent needs, `close` runs before the process ends.
export type ScenarioWorker = {
  ready?: Record<string, unknown>;
  run: (scenario: EvalScenario) => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
};

const jobMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("run"), jobId: z.number().int(), scenario: scenarioSchema }),
  z.object({ type: z.literal("stop") }),
]);

const send = (message: object) => new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

// The message loop shared by `npm run eval` and `npm run eval:external` workers: jobs run one at a
// time in arrival order; a failure to start is reported as `fatal` and ends the process.
export async function serveScenarioJobs(start: () => Promise<ScenarioWorker>): Promise<void> {
  try {
    const worker = await start();
    let queue = Promise.resolve();
    process.on("message", (raw: unknown) => {
      const message = jobMessage.parse(raw);
      queue = queue.then(async () => {
        if (message.type === "stop") {
          await worker.close();
          process.exit(0);
        }
        await send({ type: "result", jobId: message.jobId, ...(await worker.run(message.scenario)) });
      });
    });
    await send({ type: "ready", ...worker.ready });
  } catch (error) {
    await send({ type: "fatal", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
}
