import type { NextRequest } from "next/server";
import { authenticateApiToken, type ApiTokenPrincipal } from "@/lib/api-v1/authenticate-api-token";
import { db } from "@/lib/db/client";
import type { ApiScope } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { childLogger } from "@/lib/logger";

type RouteContext<P> = { params: Promise<P> };
export type TokenHandler<P> = (request: NextRequest, ctx: { token: ApiTokenPrincipal; params: P }) => Promise<Response>;

const log = childLogger("api-v1");

// Requests per token per minute, per app instance. Generous: it stops a runaway script, not a
// normal integration.
const RATE_LIMIT_PER_MINUTE = 600;
const WINDOW_MS = 60_000;

// The /api/v1 side of the access check: bearer token → scope → rate limit, and the same JSON error
// shape as every other route (no session cookies here, so next-auth stays out of this path). 401s
// carry `WWW-Authenticate: Bearer` as RFC 6750 asks.
export function withApiToken<P = Record<string, string>>(handler: TokenHandler<P>, options: { scope: ApiScope }) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const token = await authenticateApiToken(db(), request.headers.get("authorization"), options.scope);
      const retryAfter = takeRateLimit(token.id);
      if (retryAfter !== null) {
        return new AppError("rate_limited:api", `Too many requests with this token; at most ${RATE_LIMIT_PER_MINUTE} a minute.`).toResponse({ "retry-after": String(retryAfter) });
      }
      return await handler(request, { token, params: await context.params });
    } catch (error) {
      if (error instanceof AppError && error.type === "unauthorized") {
        return error.toResponse({ "www-authenticate": 'Bearer realm="api", error="invalid_token"' });
      }
      if (error instanceof AppError) {
        if (error.type === "internal") log.error({ err: error, url: request.url }, "request failed");
        return error.toResponse();
      }
      log.error({ err: error, url: request.url }, "unhandled error in /api/v1");
      return new AppError("internal:api", "unexpected error", { cause: error }).toResponse();
    }
  };
}

// Fixed one-minute windows kept on globalThis: every route bundle in the process shares them.
const holder = globalThis as typeof globalThis & { __apiTokenWindows?: Map<string, { startedAt: number; count: number }> };

function takeRateLimit(tokenId: string, now = Date.now()): number | null {
  const windows = (holder.__apiTokenWindows ??= new Map());
  const current = windows.get(tokenId);
  if (!current || now - current.startedAt >= WINDOW_MS) {
    if (windows.size > 10_000) windows.clear();
    windows.set(tokenId, { startedAt: now, count: 1 });
    return null;
  }
  current.count += 1;
  if (current.count <= RATE_LIMIT_PER_MINUTE) return null;
  return Math.max(1, Math.ceil((current.startedAt + WINDOW_MS - now) / 1000));
}
