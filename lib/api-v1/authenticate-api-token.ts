import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { apiTokens, type ApiScope } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { hashApiToken, looksLikeApiToken } from "@/lib/people/api-token-secret";
import { isApiScope } from "@/lib/people/list-api-tokens";

// createdById: the person who created the token; what the token writes is attributed to them.
export type ApiTokenPrincipal = { id: string; name: string; scopes: ApiScope[]; createdById: string | null };

// Writing last-used on every request would turn each read into a write; once a minute is enough to
// tell which tokens are in use.
const LAST_USED_RESOLUTION_MS = 60_000;

// Bearer token → the token's principal, or 401 (missing, malformed, unknown, revoked, expired) /
// 403 (valid token without the scope). Messages never echo the token.
export async function authenticateApiToken(db: Db, authorization: string | null, scope: ApiScope, now = new Date()): Promise<ApiTokenPrincipal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw new AppError("unauthorized:api", "Send an API token: `Authorization: Bearer <token>`. Admins create tokens under Admin → People and API.");
  const secret = match[1]!;
  if (!looksLikeApiToken(secret)) throw invalidToken();
  const [token] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(secret))).limit(1);
  if (!token) throw invalidToken();
  if (token.revokedAt) throw new AppError("unauthorized:api", "This API token was revoked.");
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) throw new AppError("unauthorized:api", "This API token has expired.");
  const scopes = token.scopes.filter(isApiScope);
  if (!scopes.includes(scope)) throw new AppError("forbidden:api", `This token lacks the scope ${scope}.`, { details: { requiredScope: scope, tokenScopes: scopes } });

  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
  }
  return { id: token.id, name: token.name, scopes, createdById: token.createdById };
}

function invalidToken(): AppError {
  return new AppError("unauthorized:api", "This API token is not valid.");
}
