import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, handoffs, messages } from "@/lib/db/schema";

export type ConversationQueue = "needs_human" | "bot" | "resolved" | "all";

export type ConversationListItem = {
  id: string;
  contactName: string;
  waId: string;
  status: string;
  owner: string;
  priority: string;
  language: string | null;
  labels: string[];
  lastMessageAt: Date | null;
  lastMessagePreview: string | null;
  waitingSince: Date | null;
};

const QUEUE_FILTERS: Record<ConversationQueue, SQL | undefined> = {
  needs_human: sql`exists (select 1 from ${handoffs} h where h.conversation_id = ${conversations.id} and h.status = 'waiting')`,
  bot: and(eq(conversations.owner, "bot"), eq(conversations.status, "open")),
  resolved: eq(conversations.status, "resolved"),
  all: undefined,
};

export async function listConversations(db: Db, options: { queue: ConversationQueue; limit?: number }): Promise<ConversationListItem[]> {
  const lastMessage = db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.conversationId, conversations.id), eq(messages.isPrivateNote, false)))
    .orderBy(desc(messages.sentAt))
    .limit(1);
  const waitingSince = sql<Date | null>`(select min(h.created_at) from ${handoffs} h where h.conversation_id = ${conversations.id} and h.status = 'waiting')`;
  const rows = await db
    .select({
      id: conversations.id,
      contactName: sql<string>`coalesce(${contacts.name}, ${contacts.profileName}, ${contacts.waId})`,
      waId: contacts.waId,
      status: conversations.status,
      owner: conversations.owner,
      priority: conversations.priority,
      language: conversations.language,
      labels: conversations.labels,
      lastMessageAt: conversations.lastMessageAt,
      lastMessagePreview: sql<string | null>`(${lastMessage})`,
      waitingSince,
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(QUEUE_FILTERS[options.queue])
    .orderBy(options.queue === "needs_human" ? sql`${waitingSince} asc` : sql`${conversations.lastMessageAt} desc nulls last`)
    .limit(options.limit ?? 50);
  return rows.map((row) => ({ ...row, waitingSince: row.waitingSince ? new Date(row.waitingSince) : null, lastMessageAt: row.lastMessageAt }));
}
