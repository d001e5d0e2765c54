import { loadAgentSettings } from "@/lib/admin/settings/load-agent-settings";
import { configuredConnectors } from "@/lib/agent/connectors/configured-connectors";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import type { TestQuestionDeps } from "./test-knowledge-question";

// What a live turn is started with (start-agent.ts) and reads at its start (the assistant
// settings: the chosen model, persona and tone), so the rehearsal answers like the agent.
export async function testQuestionDeps(db: Db, env: Env): Promise<TestQuestionDeps> {
  const settings = await loadAgentSettings(db, env);
  return {
    model: settings.model ?? resolveLanguageModel(env),
    connectors: configuredConnectors(db, env),
    policy: await loadAgentPolicy(db),
    confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    persona: settings.persona,
    tone: settings.tone,
  };
}
