import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditEvents, users } from "@/lib/db/schema";

export type ChangeHistoryEntry = {
  eventId: number;
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
  revertOf: number | null;
  // Extra facts some changes carry (a rule's name, the direction it moved).
  data: Record<string, unknown>;
};

// The audited changes of one target (a settings key, an inbox's hours, a rule), newest first.
export async function listChangeHistory(db: Db, input: { targetType: string; targetId?: string; limit?: number }): Promise<ChangeHistoryEntry[]> {
  const rows = await db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actorId: auditEvents.actorId, actorName: users.name, data: auditEvents.data })
    .from(auditEvents)
    .leftJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
    .where(and(eq(auditEvents.targetType, input.targetType), input.targetId === undefined ? undefined : eq(auditEvents.targetId, input.targetId)))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit ?? 50);
  return rows.map(toEntry);
}

export function toEntry(row: { id: number; at: Date; action: string; actorId: string | null; actorName: string | null; data: Record<string, unknown> }): ChangeHistoryEntry {
  const { before, after, revertOf, ...rest } = row.data;
  return {
    eventId: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? "A deleted user" } : null,
    before: before ?? null,
    after: after ?? null,
    revertOf: typeof revertOf === "number" ? revertOf : null,
    data: rest,
  };
}
