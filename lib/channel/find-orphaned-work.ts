import { and, eq, isNull, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { inboundWebhooks, media, messages, outbox } from "@/lib/db/schema";
import { SILENT_MESSAGE_TYPES } from "./ingest/turn-triggering";

// Work whose job may have been lost in a crash between a commit and its enqueue. Re-enqueueing is
// harmless: each queue keeps at most one waiting job per conversation or media item.
export async function findOrphanedWork(db: Db, options: { olderThanMs: number; now?: Date }) {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.olderThanMs);
  const [turns, sends, pendingMedia, webhooks] = await Promise.all([
    db
      .selectDistinct({ conversationId: messages.conversationId })
      .from(messages)
      .where(and(eq(messages.direction, "inbound"), isNull(messages.turnId), notInArray(messages.type, SILENT_MESSAGE_TYPES), lt(messages.createdAt, cutoff)))
      .limit(500),
    db
      .selectDistinct({ conversationId: outbox.conversationId })
      .from(outbox)
      .where(and(eq(outbox.state, "pending"), lt(outbox.nextAttemptAt, cutoff)))
      .limit(500),
    db.select({ id: media.id }).from(media).where(and(eq(media.status, "pending"), lt(media.createdAt, cutoff))).limit(500),
    db.select({ id: inboundWebhooks.id }).from(inboundWebhooks).where(and(eq(inboundWebhooks.status, "pending"), lt(inboundWebhooks.receivedAt, cutoff))).limit(1),
  ]);
  return {
    turns: turns.map((r) => r.conversationId),
    sends: sends.map((r) => r.conversationId),
    media: pendingMedia.map((r) => r.id),
    webhooksPending: webhooks.length > 0,
  };
}

// Media whose download kept failing for a day is marked failed, so the inbox stops showing a spinner.
export async function expireStaleMedia(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .update(media)
    .set({ status: "failed", error: sql`coalesce(${media.error}, 'the file could not be downloaded from WhatsApp')` })
    .where(and(eq(media.status, "pending"), lt(media.createdAt, new Date(now.getTime() - 24 * 3600_000))))
    .returning({ id: media.id });
  return rows.length;
}
