import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, inboxes } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import type { GraphApiClient } from "./graph-api-client";

const log = childLogger("channel");

// Blue ticks and "typing…" while the answer is prepared, so the customer knows they were heard.
// Best effort: a failure here must never hold up the answer itself.
export async function acknowledgeInbound(db: Db, client: GraphApiClient, conversationId: string, waMessageId: string | null, options: { typing: boolean }): Promise<void> {
  if (!waMessageId) return;
  try {
    const [row] = await db
      .select({ phoneNumberId: inboxes.phoneNumberId })
      .from(conversations)
      .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
      .where(eq(conversations.id, conversationId));
    if (row) await client.markAsRead(row.phoneNumberId, waMessageId, options);
  } catch (error) {
    log.warn({ err: error, conversationId }, "could not mark the customer's message as read");
  }
}
