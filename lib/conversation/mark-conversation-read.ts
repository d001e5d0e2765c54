import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversationReads, conversations } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// The person has seen the conversation up to now: its unread count for them drops to zero.
export async function markConversationRead(db: Db, input: { conversationId: string; userId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const [conversation] = await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.id, input.conversationId)).limit(1);
  if (!conversation) throw new AppError("not_found:api", "Conversation not found.");
  await db
    .insert(conversationReads)
    .values({ userId: input.userId, conversationId: input.conversationId, lastReadAt: now })
    .onConflictDoUpdate({ target: [conversationReads.userId, conversationReads.conversationId], set: { lastReadAt: now } });
}
