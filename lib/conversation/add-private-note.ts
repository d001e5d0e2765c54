import { and, eq, inArray } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { conversations, messages, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";

// A note for colleagues inside the conversation. It is a message row so it sits in the timeline,
// but it never gets an outbox row: nothing here can reach the customer. Mentioned people are told.
export async function addPrivateNote(db: Db, input: { conversationId: string; userId: string; body: string; mentionedUserIds: string[]; now?: Date }): Promise<{ messageId: string }> {
  const now = input.now ?? new Date();
  const mentions = [...new Set(input.mentionedUserIds)];
  const stored = await db.transaction(async (tx) => {
    const [conversation] = await tx.select({ inboxId: conversations.inboxId }).from(conversations).where(eq(conversations.id, input.conversationId)).limit(1);
    if (!conversation) throw new AppError("not_found:api", "Conversation not found.");
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.userId)).limit(1);
    if (!author) throw new AppError("not_found:api", "Your account was not found.");
    let mentioned: { id: string; name: string }[] = [];
    if (mentions.length > 0) {
      const found = await tx.select({ id: users.id, name: users.name }).from(users).where(and(inArray(users.id, mentions), eq(users.active, true)));
      mentioned = found;
      if (found.length !== mentions.length) throw new AppError("bad_request:api", "You can only mention active colleagues.", { details: { unknown: mentions.filter((id) => !found.some((row) => row.id === id)) } });
    }
    const [message] = await tx
      .insert(messages)
      .values({
        conversationId: input.conversationId,
        direction: "outbound",
        sender: "agent",
        authorUserId: input.userId,
        type: "note",
        body: input.body,
        // Ids for "mentions you", names so the note highlights "@Ben Müller" whole.
        payload: { mentionedUserIds: mentions, mentions: mentioned },
        status: "sent",
        isPrivateNote: true,
        sentAt: now,
      })
      .returning({ id: messages.id });
    await recordAuditEvent(tx, {
      actorType: "user",
      actorId: input.userId,
      action: "conversation.note_added",
      targetType: "conversation",
      targetId: input.conversationId,
      // The note's text stays in the message; the audit trail records the fact and who was pinged.
      data: { messageId: message!.id, mentions },
    });
    return { messageId: message!.id, inboxId: conversation.inboxId, authorName: author.name };
  });
  publish({ type: "message.created", conversationId: input.conversationId, inboxId: stored.inboxId, messageId: stored.messageId, sender: "agent", isPrivateNote: true });
  for (const userId of mentions) {
    // Nobody needs a ping about their own note.
    if (userId === input.userId) continue;
    publish({ type: "mention", userId, conversationId: input.conversationId, inboxId: stored.inboxId, messageId: stored.messageId, byName: stored.authorName });
  }
  return { messageId: stored.messageId };
}
