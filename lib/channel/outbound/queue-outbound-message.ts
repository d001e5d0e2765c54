import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, inboxes, media, messages, outbox } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { contentPreview, isFreeForm, toSendRequest, type OutboundContent } from "./outbound-content";

export type QueuedMessage = { messageId: string; conversationId: string; inboxId: string; outboxId: string };

// Records an outbound message and its outbox row in one transaction; the caller then schedules the
// send (scheduleOutboxSend).
// Free-form content is refused here, before anything leaves, when the 24-hour window is closed:
// the same rule for the bot and for people.
export async function queueOutboundMessage(
  db: Db,
  input: { conversationId: string; sender: "bot" | "agent" | "system"; authorUserId?: string | null; content: OutboundContent; replyTo?: string; now?: Date },
): Promise<QueuedMessage> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ inboxId: conversations.inboxId, windowExpiresAt: conversations.windowExpiresAt, phoneNumberId: inboxes.phoneNumberId, waId: contacts.waId, consent: contacts.consent })
      .from(conversations)
      .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(conversations.id, input.conversationId))
      .limit(1);
    if (!target) throw new AppError("not_found:whatsapp", "Conversation not found.");
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
    const [message] = await tx
      .insert(messages)
      .values({
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
      })
      .returning({ id: messages.id });
    const [row] = await tx
      .insert(outbox)
      .values({
        messageId: message!.id,
        conversationId: input.conversationId,
        phoneNumberId: target.phoneNumberId,
        recipient: target.waId,
        request,
        freeForm: isFreeForm(input.content),
      })
      .returning({ id: outbox.id });
    // Meta echoes this on every status of the message, which lets a crashed send be reconciled.
    await tx.update(outbox).set({ request: { ...request, biz_opaque_callback_data: `outbox:${row!.id}` } }).where(eq(outbox.id, row!.id));
    await tx
      .update(conversations)
      .set({ lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
      .where(eq(conversations.id, input.conversationId));
    return { messageId: message!.id, conversationId: input.conversationId, inboxId: target.inboxId, outboxId: row!.id };
  });
}
