import type { Env } from "@/lib/env";

export type ModelOption = { id: string; label: string; provider: string };

const PROVIDERS: Record<string, { label: string; keys: readonly string[] }> = {
  openai: { label: "OpenAI", keys: ["OPENAI_API_KEY"] },
  anthropic: { label: "Anthropic", keys: ["ANTHROPIC_API_KEY"] },
  mistral: { label: "Mistral", keys: ["MISTRAL_API_KEY"] },
  google: { label: "Google", keys: ["GOOGLE_GENERATIVE_AI_API_KEY"] },
  azure: { label: "Azure OpenAI", keys: ["AZURE_API_KEY"] },
  bedrock: { label: "Amazon Bedrock", keys: ["AWS_REGION"] },
  "openai-compatible": { label: "OpenAI-compatible", keys: ["AI_BASE_URL"] },
};

// Hosted models offered per provider once its key is set, when AI_MODEL_CHOICES does not name the
// models itself. Providers whose model names are the admin's own (Azure deployments, Bedrock ids, an
// OpenAI-compatible server) are offered only through AI_MODEL or AI_MODEL_CHOICES.
const BUILT_IN_CHOICES = [
  "openai:gpt-4.1-mini",
  "openai:gpt-4.1",
  "openai:gpt-4o-mini",
  "anthropic:claude-haiku-4-5",
  "anthropic:claude-sonnet-4-5",
  "mistral:mistral-small-latest",
  "mistral:mistral-large-latest",
  "google:gemini-2.5-flash",
  "google:gemini-2.5-pro",
] as const;

export const OFFLINE_MODEL: ModelOption = { id: "offline", label: "Built-in offline model (no network)", provider: "offline" };

// The models an admin may choose: the offline model, AI_MODEL as configured, and the choices
// (AI_MODEL_CHOICES, or the built-in list) of every provider whose key is present. Never a model
// whose key is missing.
export function listAvailableModels(config: Pick<Env, "AI_MODEL" | "AI_MODEL_CHOICES">, keys: Record<string, string | undefined>): ModelOption[] {
  const options: ModelOption[] = [OFFLINE_MODEL];
  const add = (option: ModelOption) => {
    if (!options.some((existing) => existing.id === option.id)) options.push(option);
  };
  if (config.AI_MODEL !== "offline") {
    const { provider, model } = splitModelId(config.AI_MODEL);
    add({ id: config.AI_MODEL, label: `${model} (${provider}, from AI_MODEL)`, provider });
  }
  const choices = config.AI_MODEL_CHOICES ? config.AI_MODEL_CHOICES.split(",").map((choice) => choice.trim()) : BUILT_IN_CHOICES;
  for (const id of choices) {
    const { provider, model } = splitModelId(id);
    const known = PROVIDERS[provider];
    if (!known || !known.keys.every((key) => Boolean(keys[key]))) continue;
    add({ id, label: `${model} (${known.label})`, provider });
  }
  return options;
}

function splitModelId(id: string): { provider: string; model: string } {
  const separator = id.indexOf(":");
  return { provider: id.slice(0, separator), model: id.slice(separator + 1) };
}
