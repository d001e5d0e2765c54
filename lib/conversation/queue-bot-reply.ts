import { eq } from "drizzle-orm";
import { readAgentState } from "@/lib/agent/agent-state";
import { type ConversationChanges, OUTBOUND_TARGET_COLUMNS, queueOutboundMessageTo, type QueuedMessage } from "@/lib/channel/outbound/queue-outbound-message";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, handoffs, inboxes } from "@/lib/db/schema";

// What must still hold for the bot's words to go out: it still owns the conversation in the episode
// the turn started in, or, for the message announcing its own handover, that handoff still waits
// (nobody took over or answered in between).
export type BotReplyGuard = { kind: "bot_owns"; episode: number } | { kind: "handoff_waiting"; episode: number; handoffId: string };

// A turn runs for seconds (model, tools) while a person may take over. The conversation row is
// locked before the check, so a concurrent take-over either commits first and the reply is dropped
// (null), or waits until the reply is queued, which then went out before the person arrived.
// A turn's last reply can carry what the turn records with it, written in the same transaction only
// when the reply is queued: changes to the conversation row (the bot's state, checked against the
// same guard) and `alongside`, e.g. the turn's own record.
export async function queueBotReply(
  db: Db,
  input: { conversationId: string; content: OutboundContent; guard: BotReplyGuard; conversationChanges?: ConversationChanges; alongside?: (tx: Db) => Promise<void> },
): Promise<QueuedMessage | null> {
  return db.transaction(async (tx) => {
    const [conversation] = await tx
      .select({ owner: conversations.owner, status: conversations.status, agentState: conversations.agentState, ...OUTBOUND_TARGET_COLUMNS })
      .from(conversations)
      .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(conversations.id, input.conversationId))
      .for("update", { of: conversations });
    if (!conversation || conversation.status === "resolved") return null;
    if (readAgentState(conversation.agentState).episode !== input.guard.episode) return null;
    if (input.guard.kind === "bot_owns" && conversation.owner !== "bot") return null;
    if (input.guard.kind === "handoff_waiting") {
      const [handoff] = await tx.select({ status: handoffs.status }).from(handoffs).where(eq(handoffs.id, input.guard.handoffId)).limit(1);
      if (handoff?.status !== "waiting") return null;
    }
    // Independent statements of one transaction: postgres.js pipelines them on its connection.
    const [queued] = await Promise.all([
      queueOutboundMessageTo(tx, conversation, { conversationId: input.conversationId, sender: "bot", content: input.content, conversationChanges: input.conversationChanges }),
      input.alongside?.(tx),
    ]);
    return queued;
  });
}
