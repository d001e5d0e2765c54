import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { media, messages, users } from "@/lib/db/schema";
import type { ConsoleMessage } from "./console-types";

// A conversation's messages, oldest first, with the person who wrote each one (agents and notes)
// and the stored file behind media messages.
export async function listMessages(db: Db, conversationId: string, limit = 500): Promise<ConsoleMessage[]> {
  const rows = await db
    .select({
      message: messages,
      authorName: users.name,
      media: { id: media.id, status: media.status, mimeType: media.mimeType, fileName: media.fileName, sizeBytes: media.sizeBytes, error: media.error },
    })
    .from(messages)
    .leftJoin(media, eq(media.id, messages.mediaId))
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.sentAt), asc(messages.createdAt))
    .limit(limit);
  return rows.map(({ message: m, authorName, media: file }) => ({
    id: m.id,
    direction: m.direction,
    sender: m.sender,
    author: m.authorUserId && authorName !== null ? { id: m.authorUserId, name: authorName } : null,
    type: m.type,
    body: m.body,
    status: m.status,
    errorCode: m.errorCode,
    errorTitle: m.errorTitle,
    waMessageId: m.waMessageId,
    replyToWaMessageId: m.replyToWaMessageId,
    isPrivateNote: m.isPrivateNote,
    turnId: m.turnId,
    sentAt: m.sentAt.toISOString(),
    payload: m.payload,
    media: file,
  }));
}
