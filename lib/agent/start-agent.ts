import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import { loadAgentSettings } from "@/lib/admin/settings/load-agent-settings";
import { resolveEmbeddingModel, setSemanticSearch } from "@/lib/ai/embedding-models";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { indexKnowledgeEmbeddings } from "@/lib/knowledge/index-knowledge-embeddings";
import { setTurnResponder } from "@/lib/conversation/turn-responder";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { createBuiltinConnectors } from "./connectors/builtin/create-builtin-connectors";
import { createHttpConnectors } from "./connectors/http/create-http-connectors";
import type { Connectors } from "./connectors/types";
import { loadAgentPolicy } from "./load-agent-policy";
import { createAgentResponder } from "./run-agent-turn";

const log = childLogger("agent");

// Semantic knowledge search runs when both an embedding model and pgvector are there; articles are
// embedded in the background so the start is not held up.
function startSemanticSearch(db: Db, env: Env, vector: boolean): void {
  const embedding = resolveEmbeddingModel(env);
  if (!embedding) return;
  if (!vector) {
    log.warn({ model: embedding.id }, "semantic search disabled: pgvector extension not available (keyword search is used)");
    return;
  }
  setSemanticSearch(embedding);
  indexKnowledgeEmbeddings(db, embedding)
    .then((count) => log.info({ model: embedding.id, articles: count }, "knowledge embeddings up to date"))
    .catch((error: unknown) => log.error({ err: error }, "embedding the knowledge base failed; keyword search still works"));
}

// Plugs the AI agent into conversation turns: the configured model (offline by default) and the
// configured systems of record (the company's HTTP API, or the built-in demo shop).
export function startAgent(db: Db, env: Env, options: { vector: boolean } = { vector: false }): { modelId: string; connectors: "http" | "builtin" } {
  const model = resolveLanguageModel(env);
  const connectors: Connectors =
    env.CONNECTOR_HTTP_URL && env.CONNECTOR_HTTP_API_KEY
      ? createHttpConnectors({ baseUrl: env.CONNECTOR_HTTP_URL, apiKey: env.CONNECTOR_HTTP_API_KEY, timeoutMs: env.CONNECTOR_TIMEOUT_MS })
      : createBuiltinConnectors(db);
  intentClassifier(); // build the offline classifier now, not on the first customer message
  startSemanticSearch(db, env, options.vector);
  setTurnResponder(
    createAgentResponder({ model, connectors, policy: () => loadAgentPolicy(db), settings: () => loadAgentSettings(db, env), confidenceThreshold: OUT_OF_SCOPE_THRESHOLD }),
  );
  const wiring = { modelId: model.id, connectors: env.CONNECTOR_HTTP_URL ? ("http" as const) : ("builtin" as const) };
  log.info(wiring, "agent ready");
  return wiring;
}
