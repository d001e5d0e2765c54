import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createMistral } from "@ai-sdk/mistral";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { EmbeddingModelV4 } from "@ai-sdk/provider";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type ConfiguredEmbeddingModel = { model: EmbeddingModelV4; id: string };

// The embedding model for semantic knowledge search, from AI_EMBEDDING_MODEL; none by default (the
// offline product searches by keywords only).
export function resolveEmbeddingModel(env: Pick<Env, "AI_EMBEDDING_MODEL" | "AI_BASE_URL" | "AI_API_KEY">, keys: Record<string, string | undefined> = process.env): ConfiguredEmbeddingModel | null {
  if (!env.AI_EMBEDDING_MODEL) return null;
  const separator = env.AI_EMBEDDING_MODEL.indexOf(":");
  const provider = env.AI_EMBEDDING_MODEL.slice(0, separator);
  const modelId = env.AI_EMBEDDING_MODEL.slice(separator + 1);
  const key = (name: string) => {
    const value = keys[name];
    if (!value) throw new AppError("bad_request:config", `${name} is required for AI_EMBEDDING_MODEL=${env.AI_EMBEDDING_MODEL}`);
    return value;
  };
  const model = ((): EmbeddingModelV4 => {
    switch (provider) {
      case "openai":
        return createOpenAI({ apiKey: key("OPENAI_API_KEY"), baseURL: env.AI_BASE_URL }).embeddingModel(modelId);
      case "mistral":
        return createMistral({ apiKey: key("MISTRAL_API_KEY") }).embeddingModel(modelId);
      case "google":
        return createGoogleGenerativeAI({ apiKey: key("GOOGLE_GENERATIVE_AI_API_KEY") }).embeddingModel(modelId);
      case "openai-compatible": {
        if (!env.AI_BASE_URL) throw new AppError("bad_request:config", `AI_BASE_URL is required for AI_EMBEDDING_MODEL=${env.AI_EMBEDDING_MODEL}`);
        return createOpenAICompatible({ name: "openai-compatible", baseURL: env.AI_BASE_URL, apiKey: env.AI_API_KEY }).embeddingModel(modelId);
      }
      default:
        throw new AppError("bad_request:config", `AI_EMBEDDING_MODEL provider "${provider}" is not supported`);
    }
  })();
  return { model, id: env.AI_EMBEDDING_MODEL };
}

// Semantic search needs both an embedding model and pgvector; this is process-wide configuration.
const holder = globalThis as typeof globalThis & { __semanticSearch?: ConfiguredEmbeddingModel | null };

export function setSemanticSearch(model: ConfiguredEmbeddingModel | null): void {
  holder.__semanticSearch = model;
}

export function semanticSearchModel(): ConfiguredEmbeddingModel | null {
  return holder.__semanticSearch ?? null;
}
