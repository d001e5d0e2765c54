import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, handoffs, messages } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { ConversationDetailV1 } from "@/lib/validation/api-v1";
import { toConversationSummary } from "./list-conversations";

// One conversation with its messages (private notes left out), the assistant's turns with intent and
// confidence, and its handoffs with their packets.
export async function getConversationV1(db: Db, conversationId: string): Promise<ConversationDetailV1> {
  const [row] = await db
    .select({ conversation: conversations, contact: { id: contacts.id, waId: contacts.waId, name: contacts.name, profileName: contacts.profileName } })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw new AppError("not_found:api", "No conversation with this id.");

  const [messageRows, turnRows, handoffRows] = await Promise.all([
    db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.isPrivateNote, false)))
      .orderBy(asc(messages.sentAt), asc(messages.createdAt), asc(messages.id)),
    db.select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId)).orderBy(asc(agentTurns.startedAt), asc(agentTurns.id)),
    db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(asc(handoffs.createdAt), asc(handoffs.id)),
  ]);

  const handoffViews = handoffRows.map((handoff) => ({
    id: handoff.id,
    reason: handoff.reason,
    status: handoff.status,
    teamId: handoff.teamId,
    acceptedById: handoff.acceptedById,
    acceptedAt: handoff.acceptedAt?.toISOString() ?? null,
    createdAt: handoff.createdAt.toISOString(),
    packet: handoff.packet,
  }));
  return {
    ...toConversationSummary(row.conversation, row.contact),
    messages: messageRows.map((message) => ({
      id: message.id,
      direction: message.direction,
      sender: message.sender,
      type: message.type,
      body: message.body,
      status: message.status,
      authorUserId: message.authorUserId,
      turnId: message.turnId,
      sentAt: message.sentAt.toISOString(),
    })),
    turns: turnRows.map((turn) => ({
      id: turn.id,
      status: turn.status,
      intent: turn.intent,
      confidence: turn.confidence,
      language: turn.language,
      sentiment: turn.sentiment,
      outcome: turn.outcome,
      // Tool inputs and outputs can hold customer data; the API lists which tools ran, not what they saw.
      toolCalls: turn.toolCalls.map((call) => ({ toolName: call.toolName, status: call.status, durationMs: call.durationMs })),
      startedAt: turn.startedAt.toISOString(),
      finishedAt: turn.finishedAt?.toISOString() ?? null,
    })),
    handoffs: handoffViews,
    handoff: handoffViews.at(-1) ?? null,
  };
}
