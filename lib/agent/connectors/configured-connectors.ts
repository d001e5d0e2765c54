import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { createBuiltinConnectors } from "./builtin/create-builtin-connectors";
import { createHttpConnectors } from "./http/create-http-connectors";
import type { Connectors } from "./types";

// The systems of record this installation uses: the company's HTTP API when it is configured,
// otherwise the built-in demo shop. The same choice as the agent's (start-agent.ts), for readers
// outside a turn such as the agent console.
export function configuredConnectors(db: Db, env: Env): Connectors {
  return env.CONNECTOR_HTTP_URL && env.CONNECTOR_HTTP_API_KEY
    ? createHttpConnectors({ baseUrl: env.CONNECTOR_HTTP_URL, apiKey: env.CONNECTOR_HTTP_API_KEY, timeoutMs: env.CONNECTOR_TIMEOUT_MS })
    : createBuiltinConnectors(db);
}
