import { and, eq, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { publish } from "@/lib/realtime/publish";

// A snoozed conversation comes back to the queue when its time is up.
export async function wakeSnoozedConversations(db: Db, now = new Date()): Promise<number> {
  const woken = await db
    .update(conversations)
    .set({ status: "open", snoozedUntil: null, version: sql`${conversations.version} + 1`, updatedAt: now })
    .where(and(eq(conversations.status, "snoozed"), lte(conversations.snoozedUntil, now)))
    .returning({ id: conversations.id, inboxId: conversations.inboxId, version: conversations.version });
  for (const row of woken) {
    publish({ type: "conversation.updated", conversationId: row.id, inboxId: row.inboxId, version: row.version, changes: { status: "open" } });
  }
  return woken.length;
}
