import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, inboxes, media, messages, outbox } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { contentPreview, isFreeForm, toSendRequest, type OutboundContent } from "./outbound-content";

export type QueuedMessage = { messageId: string; conversationId: string; inboxId: string; outboxId: string };

export type QueueOutboundInput = {
  conversationId: string;
  sender: "bot" | "agent" | "system";
  authorUserId?: string | null;
  content: OutboundContent;
  replyTo?: string;
  now?: Date;
};

// Where a conversation's messages go; read (and locked, when the caller must) with the conversation.
export const OUTBOUND_TARGET_COLUMNS = {
  inboxId: conversations.inboxId,
  windowExpiresAt: conversations.windowExpiresAt,
  phoneNumberId: inboxes.phoneNumberId,
  waId: contacts.waId,
};

export type OutboundTarget = { inboxId: string; windowExpiresAt: Date | null; phoneNumberId: string; waId: string };

// Columns of the conversation a caller updates together with the message (e.g. the bot's state).
export type ConversationChanges = Partial<Pick<typeof conversations.$inferInsert, "agentState" | "language" | "intent">>;

// Records an outbound message and its outbox row in one transaction; the caller then schedules the
// send (scheduleOutboxSend).
// Free-form content is refused here, before anything leaves, when the 24-hour window is closed:
// the same rule for the bot and for people.
export async function queueOutboundMessage(db: Db, input: QueueOutboundInput): Promise<QueuedMessage> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select(OUTBOUND_TARGET_COLUMNS)
      .from(conversations)
      .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(conversations.id, input.conversationId))
      .limit(1);
    if (!target) throw new AppError("not_found:whatsapp", "Conversation not found.");
    return queueOutboundMessageTo(tx, target, input);
  });
}

// The same inside the caller's transaction, for a target it has already read: the message, its
// outbox row and the conversation's timestamps (plus the caller's own changes) in one statement.
export async function queueOutboundMessageTo(tx: Db, target: OutboundTarget, input: QueueOutboundInput & { conversationChanges?: ConversationChanges }): Promise<QueuedMessage> {
  const now = input.now ?? new Date();
  if (isFreeForm(input.content) && !(target.windowExpiresAt && target.windowExpiresAt > now)) {
    throw new AppError(
      "conflict:whatsapp",
      target.windowExpiresAt
        ? `The 24-hour customer-service window closed at ${target.windowExpiresAt.toISOString()}. Only an approved template can be sent until the customer writes again.`
        : "The customer has not written yet, so there is no 24-hour window. Only an approved template can be sent.",
      { details: { reason: "window_closed", windowExpiresAt: target.windowExpiresAt?.toISOString() ?? null } },
    );
  }
  const request = toSendRequest(input.content, target.waId, input.replyTo);
  // A file uploaded through the console has our stored copy; linking it lets the thread show it.
  const [attached] =
    input.content.type === "media" ? await tx.select({ id: media.id }).from(media).where(eq(media.waMediaId, input.content.mediaId)).limit(1) : [];
  const messageId = randomUUID();
  const outboxId = randomUUID();
  const message = tx.$with("message").as(
    tx.insert(messages).values({
      id: messageId,
      conversationId: input.conversationId,
      direction: "outbound",
      sender: input.sender,
      authorUserId: input.authorUserId ?? null,
      type: input.content.type === "buttons" || input.content.type === "list" ? "interactive" : input.content.type === "media" ? input.content.kind : input.content.type,
      body: contentPreview(input.content),
      payload: { content: input.content },
      mediaId: attached?.id ?? null,
      replyToWaMessageId: input.replyTo ?? null,
      status: "queued",
      sentAt: now,
    }),
  );
  const queued = tx.$with("queued").as(
    tx.insert(outbox).values({
      id: outboxId,
      messageId,
      conversationId: input.conversationId,
      phoneNumberId: target.phoneNumberId,
      recipient: target.waId,
      // Meta echoes this on every status of the message, which lets a crashed send be reconciled.
      request: { ...request, biz_opaque_callback_data: `outbox:${outboxId}` },
      freeForm: isFreeForm(input.content),
    }),
  );
  await tx
    .with(message, queued)
    .update(conversations)
    .set({ ...input.conversationChanges, lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
    .where(eq(conversations.id, input.conversationId));
  return { messageId, conversationId: input.conversationId, inboxId: target.inboxId, outboxId };
}
