import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { API_SCOPES, apiTokens, users, type ApiScope } from "@/lib/db/schema";
import type { ApiTokenState, ApiTokenView } from "./people-types";

// Every token ever created, newest first; the secret is never readable again, only its prefix.
export async function listApiTokens(db: Db, now = new Date()): Promise<ApiTokenView[]> {
  const rows = await db
    .select({ token: apiTokens, creatorName: users.name })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdById))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(({ token, creatorName }) => toApiTokenView(token, creatorName, now));
}

export function toApiTokenView(token: typeof apiTokens.$inferSelect, creatorName: string | null, now = new Date()): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes.filter(isApiScope),
    state: apiTokenState(token, now),
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdById && creatorName !== null ? { id: token.createdById, name: creatorName } : null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

export function apiTokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
