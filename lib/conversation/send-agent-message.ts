import { and, desc, eq, sql } from "drizzle-orm";
import { queueOutboundMessage, type QueuedMessage } from "@/lib/channel/outbound/queue-outbound-message";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import type { Db } from "@/lib/db/client";
import { auditEvents, type Conversation, handoffs, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import { mutateConversation, type ConversationPatch } from "./mutate-conversation";

// A person's reply: stored with its outbox row, sent by the outbox job, announced to the inbox.
// One voice at a time: a person replies only to a conversation people own, that is theirs or
// nobody's. Replying to an unassigned one makes it theirs and accepts the waiting handoff, all in the
// same transaction as the message, so two people answering at once cannot both go out.
export async function sendAgentMessage(db: Db, input: { conversationId: string; userId: string; content: OutboundContent; replyTo?: string }): Promise<QueuedMessage> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    actor: { type: "user", id: input.userId },
    action: "replied",
    apply: async ({ tx, conversation, now }) => {
      await assertMayReply(tx, conversation, input.userId);
      // The window check inside refuses free-form text outside the 24 hours and rolls all of this back.
      const queued = await queueOutboundMessage(tx, { conversationId: conversation.id, sender: "agent", authorUserId: input.userId, content: input.content, replyTo: input.replyTo, now });
      const accepted = await tx
        .update(handoffs)
        .set({ status: "accepted", acceptedById: input.userId, acceptedAt: now })
        .where(and(eq(handoffs.conversationId, conversation.id), eq(handoffs.status, "waiting")))
        .returning({ id: handoffs.id });
      const patch: ConversationPatch = {};
      if (conversation.assigneeId === null) patch.assigneeId = input.userId;
      if (conversation.firstResponseAt === null) patch.firstResponseAt = now;
      return { patch, audit: { messageId: queued.messageId, acceptedHandoffIds: accepted.map((row) => row.id) }, result: queued };
    },
  });
  const queued = outcome.result;
  await scheduleOutboxSend(queued.conversationId);
  publish({ type: "message.created", conversationId: queued.conversationId, inboxId: queued.inboxId, messageId: queued.messageId, sender: "agent" });
  return queued;
}

async function assertMayReply(db: Db, conversation: Conversation, userId: string): Promise<void> {
  if (conversation.status === "resolved") {
    const by = await resolvedBy(db, conversation.id);
    throw new AppError("conflict:api", `This conversation was resolved${by ? ` by ${by}` : ""}. Reopen it to reply.`, { details: { reason: "resolved" } });
  }
  if (conversation.owner === "bot") {
    throw new AppError("conflict:api", "The assistant is handling this conversation. Take over to reply.", { details: { reason: "bot_owner" } });
  }
  if (conversation.assigneeId !== null && conversation.assigneeId !== userId) {
    const [assignee] = await db.select({ name: users.name }).from(users).where(eq(users.id, conversation.assigneeId)).limit(1);
    throw new AppError("conflict:api", `${assignee?.name ?? "A colleague"} is handling this conversation. Assign it to yourself to reply.`, {
      details: { reason: "assigned_to_other", assigneeId: conversation.assigneeId },
    });
  }
}

async function resolvedBy(db: Db, conversationId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: users.name })
    .from(auditEvents)
    .innerJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
    .where(and(eq(auditEvents.action, "conversation.resolved"), eq(auditEvents.targetType, "conversation"), eq(auditEvents.targetId, conversationId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.name ?? null;
}
