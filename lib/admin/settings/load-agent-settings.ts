import type { AgentSettings } from "@/lib/agent/run-agent-turn";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { setIntentExamples } from "@/lib/ai/offline/offline-nlu";
import { type ConfiguredModel, resolveLanguageModel } from "@/lib/ai/providers";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { mergeIntentExamples } from "./merge-intent-examples";
import { readAllSettings } from "./read-setting";

const log = childLogger("settings");

const holder = globalThis as typeof globalThis & { __appliedIntentExamples?: string; __agentModels?: Map<string, ConfiguredModel> };

// What the assistant settings page changes for the agent, read at the start of every turn so a
// saved change applies to the next customer message: persona and tone, disclosure and handoff
// texts, the model, and the offline model's intent examples (the classifier is rebuilt only when
// the examples changed).
export async function loadAgentSettings(db: Db, config: Pick<Env, "AI_MODEL" | "AI_BASE_URL" | "AI_API_KEY">): Promise<AgentSettings> {
  const all = await readAllSettings(db);
  applyIntentExamples(all["intent-examples"].value.added);
  const persona = all.persona.stored ? all.persona.value : undefined;
  const model = all.model.stored && all.model.value.model !== config.AI_MODEL ? resolveModel(all.model.value.model, config) : undefined;
  return {
    ...(persona && { shopName: persona.shopName, persona: persona.persona, tone: persona.tone }),
    disclosure: all.messages.value.disclosure,
    handoff: all.messages.value.handoff,
    ...(model && { model }),
  };
}

function applyIntentExamples(added: Parameters<typeof mergeIntentExamples>[1]): void {
  const signature = canonicalJson(added);
  // The first turn of a process with nothing added keeps the classifier built at start.
  if (holder.__appliedIntentExamples === signature || (holder.__appliedIntentExamples === undefined && signature === "{}")) return;
  setIntentExamples(mergeIntentExamples(DEFAULT_INTENT_EXAMPLES, added));
  holder.__appliedIntentExamples = signature;
}

// A model the admin chose, built once per id; a model that cannot be built (a key removed since)
// is logged and the configured AI_MODEL answers instead.
function resolveModel(id: string, config: Pick<Env, "AI_BASE_URL" | "AI_API_KEY">): ConfiguredModel | undefined {
  holder.__agentModels ??= new Map();
  const cached = holder.__agentModels.get(id);
  if (cached) return cached;
  try {
    const model = resolveLanguageModel({ AI_MODEL: id, AI_BASE_URL: config.AI_BASE_URL, AI_API_KEY: config.AI_API_KEY });
    holder.__agentModels.set(id, model);
    return model;
  } catch (error) {
    log.warn({ err: error, model: id }, "the chosen model cannot be used; answering with AI_MODEL");
    return undefined;
  }
}
