import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";

// A row stays "sending" only if its process died mid-send. Meta echoes our outbox id on the send's
// statuses, which marks the row sent when the request did get through (apply-statuses.ts). A row
// still "sending" after the reconcile window never reached Meta, so it goes back to "pending".
export async function recoverStuckSends(db: Db, reconcileSeconds: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - reconcileSeconds * 1000);
  const rows = await db
    .update(outbox)
    .set({ state: "pending", nextAttemptAt: now, lastError: sql`coalesce(${outbox.lastError}, 'recovered after an interrupted send')` })
    .where(and(eq(outbox.state, "sending"), lt(outbox.claimedAt, cutoff)))
    .returning({ conversationId: outbox.conversationId });
  return [...new Set(rows.map((row) => row.conversationId))];
}
