import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { media, messages } from "@/lib/db/schema";

export type ConversationMessage = Awaited<ReturnType<typeof listMessages>>[number];

export async function listMessages(db: Db, conversationId: string, limit = 500) {
  return db
    .select({
      id: messages.id,
      direction: messages.direction,
      sender: messages.sender,
      type: messages.type,
      body: messages.body,
      status: messages.status,
      errorCode: messages.errorCode,
      errorTitle: messages.errorTitle,
      waMessageId: messages.waMessageId,
      replyToWaMessageId: messages.replyToWaMessageId,
      isPrivateNote: messages.isPrivateNote,
      sentAt: messages.sentAt,
      payload: messages.payload,
      media: { id: media.id, status: media.status, mimeType: media.mimeType, fileName: media.fileName, error: media.error },
    })
    .from(messages)
    .leftJoin(media, eq(media.id, messages.mediaId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.sentAt), asc(messages.createdAt))
    .limit(limit);
}
