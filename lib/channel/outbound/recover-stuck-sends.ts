import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { messages, outbox } from "@/lib/db/schema";
import { MAX_SEND_ATTEMPTS } from "./send-conversation-outbox";

// A row stays "sending" only if its process died mid-send. Meta echoes our outbox id on the send's
// statuses, which marks the row sent when the request did get through (apply-statuses.ts). A row
// still "sending" after the reconcile window never reached Meta, so it goes back to "pending".
export async function recoverStuckSends(db: Db, reconcileSeconds: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - reconcileSeconds * 1000);
  // A send that keeps ending in an unknown outcome is not tried for ever: it fails visibly.
  const exhausted = await db
    .update(outbox)
    .set({ state: "failed", lastError: sql`coalesce(${outbox.lastError}, 'no confirmation from WhatsApp after repeated attempts')` })
    .where(and(eq(outbox.state, "sending"), lt(outbox.claimedAt, cutoff), gte(outbox.attempts, MAX_SEND_ATTEMPTS)))
    .returning({ messageId: outbox.messageId, lastError: outbox.lastError });
  for (const row of exhausted) {
    await db.update(messages).set({ status: "failed", errorTitle: row.lastError }).where(and(eq(messages.id, row.messageId), eq(messages.status, "queued")));
  }
  const rows = await db
    .update(outbox)
    .set({ state: "pending", nextAttemptAt: now, lastError: sql`coalesce(${outbox.lastError}, 'recovered after an interrupted send')` })
    .where(and(eq(outbox.state, "sending"), lt(outbox.claimedAt, cutoff), lt(outbox.attempts, MAX_SEND_ATTEMPTS)))
    .returning({ conversationId: outbox.conversationId });
  return [...new Set(rows.map((row) => row.conversationId))];
}
