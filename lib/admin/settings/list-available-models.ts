import type { Env } from "@/lib/env";

export type ModelOption = { id: string; label: string; provider: string };

// Hosted models we offer per provider once its key is set. Providers whose model names are the
// admin's own (Azure deployments, Bedrock ids, an OpenAI-compatible server) are offered only as
// configured in AI_MODEL.
const CATALOGUE: readonly { provider: string; label: string; keys: readonly string[]; models: readonly string[] }[] = [
  { provider: "openai", label: "OpenAI", keys: ["OPENAI_API_KEY"], models: ["gpt-4.1-mini", "gpt-4.1", "gpt-4o-mini"] },
  { provider: "anthropic", label: "Anthropic", keys: ["ANTHROPIC_API_KEY"], models: ["claude-haiku-4-5", "claude-sonnet-4-5"] },
  { provider: "mistral", label: "Mistral", keys: ["MISTRAL_API_KEY"], models: ["mistral-small-latest", "mistral-large-latest"] },
  { provider: "google", label: "Google", keys: ["GOOGLE_GENERATIVE_AI_API_KEY"], models: ["gemini-2.5-flash", "gemini-2.5-pro"] },
];

export const OFFLINE_MODEL: ModelOption = { id: "offline", label: "Built-in offline model (no network)", provider: "offline" };

// The models an admin may choose: the offline model, AI_MODEL as configured, and the catalogue's
// models of every provider whose key is present. Never a model whose key is missing.
export function listAvailableModels(config: Pick<Env, "AI_MODEL">, keys: Record<string, string | undefined>): ModelOption[] {
  const options: ModelOption[] = [OFFLINE_MODEL];
  const add = (option: ModelOption) => {
    if (!options.some((existing) => existing.id === option.id)) options.push(option);
  };
  if (config.AI_MODEL !== "offline") {
    const provider = config.AI_MODEL.slice(0, config.AI_MODEL.indexOf(":"));
    add({ id: config.AI_MODEL, label: `${config.AI_MODEL.slice(provider.length + 1)} (${provider}, from AI_MODEL)`, provider });
  }
  for (const entry of CATALOGUE) {
    if (!entry.keys.every((key) => Boolean(keys[key]))) continue;
    for (const model of entry.models) add({ id: `${entry.provider}:${model}`, label: `${model} (${entry.label})`, provider: entry.provider });
  }
  return options;
}
