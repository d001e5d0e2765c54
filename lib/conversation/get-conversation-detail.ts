import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Connectors } from "@/lib/agent/connectors/types";
import { loadConversationCsat } from "@/lib/csat/load-conversation-csat";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, handoffs, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { AgentTurnView, ContactProfile, ConversationDetail, HandoffView, PreviousConversation } from "./console-types";
import { latestVisibleMessage } from "./latest-visible-message";
import { loadCustomerRecords } from "./load-customer-records";
import { messagePreview } from "./message-preview";
import { selectConversationItems } from "./select-conversation-items";

const PREVIOUS_CONVERSATIONS = 10;
const TURNS = 50;

// Everything the console's conversation view shows beside the messages: the inbox row as this
// person sees it, who the customer is, the handoff that brought it to a person, the customer's
// orders and bookings, their earlier conversations and what the AI agent did.
export async function getConversationDetail(
  db: Db,
  input: { conversationId: string; userId: string; connectors: Connectors; now?: Date },
): Promise<ConversationDetail> {
  const [conversation] = await selectConversationItems(db, {
    userId: input.userId,
    where: eq(conversations.id, input.conversationId),
    order: "latest_activity",
    limit: 1,
  });
  if (!conversation) throw new AppError("not_found:api", "Conversation not found.");

  const contact = await loadContact(db, conversation.contact.id);
  const [handoff, previousConversations, turns, records, csat] = await Promise.all([
    loadHandoff(db, conversation.id),
    loadPreviousConversations(db, conversation.contact.id, conversation.id),
    loadTurns(db, conversation.id),
    loadCustomerRecords(input.connectors, { shopCustomerId: contact.shopCustomerId, waId: contact.waId }, input.now),
    loadConversationCsat(db, conversation.id),
  ]);
  return { conversation, contact, handoff, records, previousConversations, turns, csat };
}

async function loadContact(db: Db, contactId: string): Promise<ContactProfile> {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, contactId)).limit(1);
  if (!row) throw new AppError("not_found:api", "Contact not found.");
  return {
    id: row.id,
    name: row.name ?? row.profileName ?? row.waId,
    profileName: row.profileName,
    waId: row.waId,
    email: row.email,
    language: row.language,
    country: row.country,
    tier: row.tier,
    consent: row.consent,
    shopCustomerId: row.shopCustomerId,
  };
}

// The open handoff (waiting or accepted) when there is one, otherwise the latest closed one.
async function loadHandoff(db: Db, conversationId: string): Promise<HandoffView | null> {
  const [row] = await db
    .select({ handoff: handoffs, acceptedByName: users.name })
    .from(handoffs)
    .leftJoin(users, eq(users.id, handoffs.acceptedById))
    .where(eq(handoffs.conversationId, conversationId))
    .orderBy(sql`case when ${handoffs.status} = 'closed' then 1 else 0 end`, desc(handoffs.createdAt))
    .limit(1);
  if (!row) return null;
  const { handoff } = row;
  return {
    id: handoff.id,
    status: handoff.status,
    reason: handoff.reason,
    packet: handoff.packet,
    createdAt: handoff.createdAt.toISOString(),
    acceptedBy: handoff.acceptedById && row.acceptedByName !== null ? { id: handoff.acceptedById, name: row.acceptedByName } : null,
    acceptedAt: handoff.acceptedAt?.toISOString() ?? null,
  };
}

async function loadPreviousConversations(db: Db, contactId: string, currentId: string): Promise<PreviousConversation[]> {
  const last = latestVisibleMessage(db);
  const rows = await db
    .select({
      id: conversations.id,
      status: conversations.status,
      createdAt: conversations.createdAt,
      resolvedAt: conversations.resolvedAt,
      last: { type: last.type, body: last.body, caption: last.caption, fileName: last.fileName },
    })
    .from(conversations)
    .leftJoinLateral(last, sql`true`)
    .where(and(eq(conversations.contactId, contactId), ne(conversations.id, currentId)))
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(PREVIOUS_CONVERSATIONS);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    preview: row.last?.type ? messagePreview({ type: row.last.type, body: row.last.body, caption: row.last.caption, fileName: row.last.fileName }) : null,
  }));
}

// The newest turns, shown oldest first like the messages they answered.
async function loadTurns(db: Db, conversationId: string): Promise<AgentTurnView[]> {
  const rows = await db
    .select({
      id: agentTurns.id,
      status: agentTurns.status,
      intent: agentTurns.intent,
      confidence: agentTurns.confidence,
      outcome: agentTurns.outcome,
      error: agentTurns.error,
      toolCalls: agentTurns.toolCalls,
      startedAt: agentTurns.startedAt,
      finishedAt: agentTurns.finishedAt,
    })
    .from(agentTurns)
    .where(eq(agentTurns.conversationId, conversationId))
    .orderBy(desc(agentTurns.startedAt), desc(agentTurns.id))
    .limit(TURNS);
  return rows.reverse().map((turn) => ({ ...turn, startedAt: turn.startedAt.toISOString(), finishedAt: turn.finishedAt?.toISOString() ?? null }));
}
