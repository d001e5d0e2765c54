import { and, eq } from "drizzle-orm";
import { queueOutboundMessage } from "@/lib/channel/outbound/queue-outbound-message";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, handoffs, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { childLogger } from "@/lib/logger";
import { publish } from "@/lib/realtime/publish";
import { joinNotice } from "./join-notice-phrases";
import { mutateConversation } from "./mutate-conversation";

const log = childLogger("conversation");

// A person takes the conversation: they own and handle it, the bot falls silent at once (turns
// check the owner, and a turn already running re-checks before it replies), the waiting handoff is
// accepted, and the customer is told, in their language, that a person has joined.
export async function takeOverConversation(
  db: Db,
  input: { conversationId: string; userId: string; expectedVersion?: number; now?: Date },
): Promise<{ version: number; noticeMessageId: string | null }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "taken_over",
    now: input.now,
    apply: async ({ tx, conversation, now }) => {
      if (conversation.status === "resolved") throw new AppError("conflict:api", "This conversation was resolved. Reopen it to take it over.");
      const accepted = await tx
        .update(handoffs)
        .set({ status: "accepted", acceptedById: input.userId, acceptedAt: now })
        .where(and(eq(handoffs.conversationId, conversation.id), eq(handoffs.status, "waiting")))
        .returning({ id: handoffs.id });
      const wake = conversation.status === "snoozed" ? { status: "open" as const, snoozedUntil: null } : {};
      return {
        patch: { owner: "human", assigneeId: input.userId, ...wake },
        audit: { previousOwner: conversation.owner, previousAssigneeId: conversation.assigneeId, acceptedHandoffIds: accepted.map((row) => row.id) },
        // The customer hears about a person only when one actually arrives, not on a reshuffle
        // between colleagues.
        result: { announce: conversation.owner === "bot" || accepted.length > 0 },
      };
    },
  });
  const noticeMessageId = outcome.result.announce ? await sendJoinNotice(db, input.conversationId, input.userId, input.now ?? new Date()) : null;
  return { version: outcome.version, noticeMessageId };
}

// Best effort: the take-over already happened; a closed 24-hour window or a failed queue only means
// the customer is not told, which the person can still do with a template.
async function sendJoinNotice(db: Db, conversationId: string, userId: string, now: Date): Promise<string | null> {
  try {
    const [target] = await db
      .select({ windowExpiresAt: conversations.windowExpiresAt, language: conversations.language, contactLanguage: contacts.language, agentName: users.name })
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .innerJoin(users, eq(users.id, userId))
      .where(eq(conversations.id, conversationId))
      .limit(1);
    if (!target || !(target.windowExpiresAt && target.windowExpiresAt > now)) return null;
    const body = joinNotice(target.language ?? target.contactLanguage ?? "en", target.agentName);
    const queued = await queueOutboundMessage(db, { conversationId, sender: "system", authorUserId: userId, content: { type: "text", body }, now });
    await scheduleOutboxSend(queued.conversationId);
    publish({ type: "message.created", conversationId, inboxId: queued.inboxId, messageId: queued.messageId, sender: "system" });
    return queued.messageId;
  } catch (error) {
    log.warn({ err: error, conversationId }, "could not tell the customer a person joined");
    return null;
  }
}
