import { resolveLanguageModel } from "@/lib/ai/providers";
import { startEvalEnvironment } from "./eval-environment";
import { runScenario } from "./run-scenario";
import { serveScenarioJobs } from "./serve-scenario-jobs";

// A worker process of `npm run eval`: one seeded template database, one emulator; runs the scenarios
// the parent sends, one at a time, each on a fresh copy of the database.
await serveScenarioJobs(async () => {
  const model = resolveLanguageModel({ AI_MODEL: process.env.AI_MODEL ?? "offline", AI_BASE_URL: process.env.AI_BASE_URL, AI_API_KEY: process.env.AI_API_KEY });
  const env = await startEvalEnvironment();
  return {
    run: async (scenario) => ({ observation: await runScenario(env, scenario, model) }),
    close: () => env.close(),
  };
});
