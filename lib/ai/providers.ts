import { createAmazonBedrock } from "@ai-sdk/amazon-bedrock";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createAzure } from "@ai-sdk/azure";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createMistral } from "@ai-sdk/mistral";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { OfflineLanguageModel } from "./models/offline-language-model";

export type ConfiguredModel = { model: LanguageModelV4; id: string; offline: boolean };

// Models come only from this registry, resolved from AI_MODEL with keys from the environment. A bare
// model string is never handed to the AI SDK, which would route it to a hosted gateway.
export function resolveLanguageModel(env: Pick<Env, "AI_MODEL" | "AI_BASE_URL" | "AI_API_KEY">, keys: Record<string, string | undefined> = process.env): ConfiguredModel {
  if (env.AI_MODEL === "offline") return { model: new OfflineLanguageModel(), id: "offline", offline: true };
  const separator = env.AI_MODEL.indexOf(":");
  const provider = env.AI_MODEL.slice(0, separator);
  const modelId = env.AI_MODEL.slice(separator + 1);
  const require = (name: string): string => {
    const value = keys[name];
    if (!value) throw new AppError("bad_request:config", `${name} is required for AI_MODEL=${env.AI_MODEL}`);
    return value;
  };
  const model = ((): LanguageModelV4 => {
    switch (provider) {
      case "openai":
        return createOpenAI({ apiKey: require("OPENAI_API_KEY"), baseURL: env.AI_BASE_URL }).languageModel(modelId);
      case "anthropic":
        return createAnthropic({ apiKey: require("ANTHROPIC_API_KEY"), baseURL: env.AI_BASE_URL }).languageModel(modelId);
      case "mistral":
        return createMistral({ apiKey: require("MISTRAL_API_KEY"), baseURL: env.AI_BASE_URL }).languageModel(modelId);
      case "google":
        return createGoogleGenerativeAI({ apiKey: require("GOOGLE_GENERATIVE_AI_API_KEY"), baseURL: env.AI_BASE_URL }).languageModel(modelId);
      case "azure":
        return createAzure({ apiKey: require("AZURE_API_KEY"), resourceName: keys.AZURE_RESOURCE_NAME, baseURL: env.AI_BASE_URL }).languageModel(modelId);
      case "bedrock":
        return createAmazonBedrock({ region: require("AWS_REGION") }).languageModel(modelId);
      case "openai-compatible": {
        if (!env.AI_BASE_URL) throw new AppError("bad_request:config", `AI_BASE_URL is required for AI_MODEL=${env.AI_MODEL}`);
        return createOpenAICompatible({ name: "openai-compatible", baseURL: env.AI_BASE_URL, apiKey: env.AI_API_KEY }).languageModel(modelId);
      }
      default:
        throw new AppError("bad_request:config", `AI_MODEL provider "${provider}" is not supported`);
    }
  })();
  return { model, id: env.AI_MODEL, offline: false };
}
