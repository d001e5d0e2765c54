import { z } from "zod";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { startEvalEnvironment } from "./eval-environment";
import { runScenario } from "./run-scenario";
import { scenarioSchema } from "./scenario-schema";

// A worker process of `npm run eval`: one seeded template database, one emulator; runs the scenarios
// the parent sends, one at a time, each on a fresh copy of the database.
const jobMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("run"), jobId: z.number().int(), scenario: scenarioSchema }),
  z.object({ type: z.literal("stop") }),
]);

const send = (message: object) => new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

try {
  const model = resolveLanguageModel({ AI_MODEL: process.env.AI_MODEL ?? "offline", AI_BASE_URL: process.env.AI_BASE_URL, AI_API_KEY: process.env.AI_API_KEY });
  const env = await startEvalEnvironment();
  let queue = Promise.resolve();
  process.on("message", (raw: unknown) => {
    const message = jobMessage.parse(raw);
    queue = queue.then(async () => {
      if (message.type === "stop") {
        await env.close();
        process.exit(0);
      }
      const observation = await runScenario(env, message.scenario, model);
      await send({ type: "result", jobId: message.jobId, observation });
    });
  });
  await send({ type: "ready" });
} catch (error) {
  await send({ type: "fatal", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
