import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import { resolveLanguageModel } from "@/lib/ai/providers";
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

// Plugs the AI agent into conversation turns: the configured model (offline by default) and the
// configured systems of record (the company's HTTP API, or the built-in demo shop).
export function startAgent(db: Db, env: Env): { modelId: string; connectors: "http" | "builtin" } {
  const model = resolveLanguageModel(env);
  const connectors: Connectors =
    env.CONNECTOR_HTTP_URL && env.CONNECTOR_HTTP_API_KEY
      ? createHttpConnectors({ baseUrl: env.CONNECTOR_HTTP_URL, apiKey: env.CONNECTOR_HTTP_API_KEY, timeoutMs: env.CONNECTOR_TIMEOUT_MS })
      : createBuiltinConnectors(db);
  intentClassifier(); // build the offline classifier now, not on the first customer message
  setTurnResponder(createAgentResponder({ model, connectors, policy: () => loadAgentPolicy(db), confidenceThreshold: OUT_OF_SCOPE_THRESHOLD }));
  const wiring = { modelId: model.id, connectors: env.CONNECTOR_HTTP_URL ? ("http" as const) : ("builtin" as const) };
  log.info(wiring, "agent ready");
  return wiring;
}
