import { and, desc, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { apiTokens, auditEvents, users } from "@/lib/db/schema";
import type { AuditFilters } from "@/lib/validation/audit";
import { auditFilterConditions } from "./audit-filter-conditions";

export type AuditEntry = {
  id: number;
  at: string;
  actorType: "user" | "bot" | "system" | "api";
  actorId: string | null;
  // The person's name and e-mail when the actor is a user that still exists; an API token's name
  // (no e-mail) when the actor is a token.
  actor: { name: string; email: string | null } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
  hash: string;
};

export type AuditPage = { entries: AuditEntry[]; nextCursor: number | null };

// Newest first, keyset-paginated on the id (the chain's order), so a page costs the same however
// deep into the log it is.
export async function listAuditEvents(db: Db, input: { filters: AuditFilters; cursor?: number; limit: number }): Promise<AuditPage> {
  const rows = await selectAuditRows(db, { filters: input.filters, cursor: input.cursor, limit: input.limit + 1 });
  const entries = rows.slice(0, input.limit);
  return { entries, nextCursor: rows.length > input.limit ? (entries.at(-1)?.id ?? null) : null };
}

export async function selectAuditRows(db: Db, input: { filters: AuditFilters; cursor?: number; limit: number }): Promise<AuditEntry[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorType: auditEvents.actorType,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorEmail: users.email,
      tokenName: apiTokens.name,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      data: auditEvents.data,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    // actor_id is text (it may name a bot or an API token); user ids join a person, token ids a token.
    .leftJoin(users, sql`${auditEvents.actorType} = 'user' and ${users.id}::text = ${auditEvents.actorId}`)
    .leftJoin(apiTokens, sql`${auditEvents.actorType} = 'api' and ${apiTokens.id}::text = ${auditEvents.actorId}`)
    .where(and(auditFilterConditions(input.filters), input.cursor ? lt(auditEvents.id, input.cursor) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit);
  return rows.map(({ actorName, actorEmail, tokenName, at, ...row }) => ({
    ...row,
    at: at.toISOString(),
    actor: actorName !== null && actorEmail !== null ? { name: actorName, email: actorEmail } : tokenName !== null ? { name: tokenName, email: null } : null,
  }));
}
