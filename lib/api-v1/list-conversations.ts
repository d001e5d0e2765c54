import { and, desc, eq, gte } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations } from "@/lib/db/schema";
import type { ConversationPageV1, ConversationSummaryV1, ListConversationsV1Query } from "@/lib/validation/api-v1";
import { olderThanCursor, toPage } from "./cursor";

// Conversations, newest first, with filters and cursor paging.
export async function listConversationsV1(db: Db, query: ListConversationsV1Query): Promise<ConversationPageV1> {
  const conditions = [
    query.status ? eq(conversations.status, query.status) : undefined,
    query.owner ? eq(conversations.owner, query.owner) : undefined,
    query.inboxId ? eq(conversations.inboxId, query.inboxId) : undefined,
    query.contactId ? eq(conversations.contactId, query.contactId) : undefined,
    query.teamId ? eq(conversations.teamId, query.teamId) : undefined,
    query.intent ? eq(conversations.intent, query.intent) : undefined,
    query.updatedSince ? gte(conversations.updatedAt, new Date(query.updatedSince)) : undefined,
    await olderThanCursor(db, conversations, conversations.createdAt, conversations.id, query.cursor),
  ];
  const rows = await db
    .select({ conversation: conversations, contact: { id: contacts.id, waId: contacts.waId, name: contacts.name, profileName: contacts.profileName } })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(and(...conditions))
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(query.limit + 1);
  return toPage(
    rows.map((row) => ({ id: row.conversation.id, row })),
    query.limit,
    ({ row }) => toConversationSummary(row.conversation, row.contact),
  );
}

export function toConversationSummary(
  conversation: typeof conversations.$inferSelect,
  contact: { id: string; waId: string; name: string | null; profileName: string | null },
): ConversationSummaryV1 {
  return {
    id: conversation.id,
    inboxId: conversation.inboxId,
    contact: { id: contact.id, waId: contact.waId, name: contact.name ?? contact.profileName },
    status: conversation.status,
    owner: conversation.owner,
    assigneeId: conversation.assigneeId,
    teamId: conversation.teamId,
    priority: conversation.priority,
    labels: conversation.labels,
    language: conversation.language,
    intent: conversation.intent,
    createdAt: conversation.createdAt.toISOString(),
    updatedAt: conversation.updatedAt.toISOString(),
    lastMessageAt: conversation.lastMessageAt?.toISOString() ?? null,
    firstResponseAt: conversation.firstResponseAt?.toISOString() ?? null,
    resolvedAt: conversation.resolvedAt?.toISOString() ?? null,
  };
}
