import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, media, messages } from "@/lib/db/schema";

// The newest message the customer could see (private notes excluded) of the outer query's
// conversation, as a lateral subquery: join it with `leftJoinLateral(latestVisibleMessage(db), sql\`true\`)`.
export function latestVisibleMessage(db: Db) {
  return db
    .select({
      type: messages.type,
      sender: messages.sender,
      body: messages.body,
      // Inbound captions arrive as the body; ours are kept in the queued content.
      caption: sql<string | null>`case when ${messages.direction} = 'inbound' then ${messages.body} else ${messages.payload} -> 'content' ->> 'caption' end`.as("last_caption"),
      fileName: sql<string | null>`coalesce(${media.fileName}, ${messages.payload} -> 'content' ->> 'fileName')`.as("last_file_name"),
    })
    .from(messages)
    .leftJoin(media, eq(media.id, messages.mediaId))
    .where(and(eq(messages.conversationId, conversations.id), eq(messages.isPrivateNote, false)))
    .orderBy(desc(messages.sentAt), desc(messages.createdAt))
    .limit(1)
    .as("last_message");
}
