import { desc, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { GENESIS_HASH, hashAuditEvent } from "./hash-audit-event";

export type AuditInput = {
  actorType: "user" | "bot" | "system" | "api";
  actorId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  data?: Record<string, unknown>;
};

// Appends to the hash chain. The advisory lock serialises appenders across connections and app
// instances so two events never claim the same predecessor.
export async function recordAuditEvent(db: Db, input: AuditInput): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7355608)`);
    const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const content = {
      at: new Date(),
      actorType: input.actorType,
      actorId: input.actorId ?? null,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      data: input.data ?? {},
    };
    await tx.insert(auditEvents).values({ ...content, prevHash, hash: hashAuditEvent(prevHash, content) });
  });
}
