import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversationReads, conversations, handoffs, inboxes, messages, teams, users } from "@/lib/db/schema";
import type { ConversationListItem } from "./console-types";
import { latestVisibleMessage } from "./latest-visible-message";
import { messagePreview } from "./message-preview";

export type ConversationItemRow = ConversationListItem & { resolvedAt: string | null; inboxName: string };

// "waiting_longest" also keeps to the conversations with a waiting handoff.
export type ConversationItemOrder = "waiting_longest" | "latest_activity";

// One query for a page of inbox rows as one person sees them: the newest message the customer saw,
// the oldest waiting handoff, and that person's unread count come from lateral and scalar
// subqueries on indexed columns, so a page costs one round trip whatever its size. The page's ids
// are picked in an inner query first, so those subqueries run for the page's rows only. `within`, a
// query of conversation ids in a column `id` (a search's matches), keeps the page to those ids.
export async function selectConversationItems(
  db: Db,
  options: { userId: string; where: SQL | undefined; within?: SQL; order: ConversationItemOrder; limit: number },
): Promise<ConversationItemRow[]> {
  const lastMessage = latestVisibleMessage(db);

  const waiting = db
    .select({ since: handoffs.createdAt, reason: handoffs.reason })
    .from(handoffs)
    .where(and(eq(handoffs.conversationId, conversations.id), eq(handoffs.status, "waiting")))
    .orderBy(asc(handoffs.createdAt))
    .limit(1)
    .as("waiting_handoff");

  const unreadCount = sql<number>`(
    select count(*) from ${messages} m
    where m.conversation_id = ${conversations.id} and m.direction = 'inbound' and m.sender = 'customer'
      and (${conversationReads.lastReadAt} is null or m.sent_at > ${conversationReads.lastReadAt})
  )`.mapWith(Number);

  const ordering = (since: SQL) =>
    options.order === "waiting_longest"
      ? [sql`${since} asc nulls last`, asc(conversations.createdAt), asc(conversations.id)]
      : [sql`${conversations.lastMessageAt} desc nulls last`, desc(conversations.createdAt), asc(conversations.id)];

  // The page is chosen first (filters, order, limit: index scans on conversations), and only its rows
  // get the last message, the unread count and the names. Computing those for every conversation that
  // matches before sorting cost a second or more on 100,000 conversations. "Waiting longest" starts
  // from the (few) waiting handoffs and looks each conversation up by primary key: a lateral subquery
  // with a LIMIT, so the planner cannot turn it into a hash join over a scan of every conversation.
  const page = (
    options.order === "waiting_longest" ? waitingPage(db, options) : latestActivityPage(db, options)
  ).as("page");
  const rows = await db
    .select({
      // Named columns: agent_state can be large and the inbox never shows it.
      conversation: {
        id: conversations.id,
        inboxId: conversations.inboxId,
        status: conversations.status,
        owner: conversations.owner,
        assigneeId: conversations.assigneeId,
        teamId: conversations.teamId,
        priority: conversations.priority,
        labels: conversations.labels,
        language: conversations.language,
        intent: conversations.intent,
        lastMessageAt: conversations.lastMessageAt,
        firstResponseAt: conversations.firstResponseAt,
        createdAt: conversations.createdAt,
        windowExpiresAt: conversations.windowExpiresAt,
        snoozedUntil: conversations.snoozedUntil,
        resolvedAt: conversations.resolvedAt,
        version: conversations.version,
      },
      inboxName: inboxes.name,
      contact: { id: contacts.id, name: contacts.name, profileName: contacts.profileName, waId: contacts.waId, tier: contacts.tier },
      assigneeName: users.name,
      teamName: teams.name,
      last: { type: lastMessage.type, sender: lastMessage.sender, body: lastMessage.body, caption: lastMessage.caption, fileName: lastMessage.fileName },
      waitingSince: waiting.since,
      handoffReason: waiting.reason,
      unreadCount,
    })
    .from(page)
    .innerJoin(conversations, eq(conversations.id, page.pageId))
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
    .leftJoin(users, eq(users.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .leftJoin(conversationReads, and(eq(conversationReads.conversationId, conversations.id), eq(conversationReads.userId, options.userId)))
    .leftJoinLateral(lastMessage, sql`true`)
    .leftJoinLateral(waiting, sql`true`)
    .orderBy(...ordering(sql`${waiting.since}`))
    .limit(options.limit);

  return rows.map(({ conversation: c, contact, last, ...row }) => ({
    id: c.id,
    inboxId: c.inboxId,
    inboxName: row.inboxName,
    contact: { id: contact.id, name: contact.name ?? contact.profileName ?? contact.waId, waId: contact.waId, tier: contact.tier },
    status: c.status,
    owner: c.owner,
    assignee: c.assigneeId && row.assigneeName !== null ? { id: c.assigneeId, name: row.assigneeName } : null,
    team: c.teamId && row.teamName !== null ? { id: c.teamId, name: row.teamName } : null,
    priority: c.priority,
    labels: c.labels,
    language: c.language,
    intent: c.intent,
    lastMessageAt: iso(c.lastMessageAt),
    lastMessagePreview: last?.type ? messagePreview({ type: last.type, body: last.body, caption: last.caption, fileName: last.fileName }) : null,
    lastMessageSender: last?.sender ?? null,
    waitingSince: iso(row.waitingSince),
    handoffReason: row.handoffReason,
    firstResponseAt: iso(c.firstResponseAt),
    createdAt: c.createdAt.toISOString(),
    windowExpiresAt: iso(c.windowExpiresAt),
    snoozedUntil: iso(c.snoozedUntil),
    resolvedAt: iso(c.resolvedAt),
    unreadCount: row.unreadCount,
    version: c.version,
  }));
}

// "Needs a human": the conversations with a waiting handoff, the longest wait first.
function waitingPage(db: Db, options: { where: SQL | undefined; within?: SQL; limit: number }) {
  const waitingSince = db
    .select({ conversationId: handoffs.conversationId, since: sql<Date>`min(${handoffs.createdAt})`.as("since") })
    .from(handoffs)
    .where(eq(handoffs.status, "waiting"))
    .groupBy(handoffs.conversationId)
    .as("waiting_since");
  const candidate = db
    .select({ id: conversations.id, createdAt: conversations.createdAt })
    .from(conversations)
    .where(and(sql`${conversations.id} = ${waitingSince.conversationId}`, options.where))
    .limit(1)
    .as("candidate");
  // A search's matches are hashed once, outside the lateral subquery: inside, the planner would cost
  // them once per waiting conversation, and PostgreSQL compiles (JIT) plans estimated that costly.
  return db
    .select({ pageId: sql<string>`${candidate.id}`.as("page_id") })
    .from(waitingSince)
    .innerJoinLateral(candidate, sql`true`)
    .where(options.within ? sql`${waitingSince.conversationId} in (${options.within})` : undefined)
    .orderBy(asc(waitingSince.since), asc(candidate.createdAt), asc(candidate.id))
    .limit(options.limit);
}

function latestActivityPage(db: Db, options: { where: SQL | undefined; within?: SQL; limit: number }) {
  return db
    .select({ pageId: sql<string>`${conversations.id}`.as("page_id") })
    .from(conversations)
    .where(and(options.where, options.within ? sql`${conversations.id} in (${options.within})` : undefined))
    .orderBy(sql`${conversations.lastMessageAt} desc nulls last`, desc(conversations.createdAt), asc(conversations.id))
    .limit(options.limit);
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
