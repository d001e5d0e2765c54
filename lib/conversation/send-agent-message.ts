import { queueOutboundMessage } from "@/lib/channel/outbound/queue-outbound-message";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import type { Db } from "@/lib/db/client";
import { publish } from "@/lib/realtime/publish";

// A person's reply: stored with its outbox row, sent by the outbox job, announced to the inbox.
export async function sendAgentMessage(db: Db, input: { conversationId: string; userId: string; content: OutboundContent; replyTo?: string }) {
  const queued = await queueOutboundMessage(db, { conversationId: input.conversationId, sender: "agent", authorUserId: input.userId, content: input.content, replyTo: input.replyTo });
  await scheduleOutboxSend(queued.conversationId);
  publish({ type: "message.created", conversationId: queued.conversationId, inboxId: queued.inboxId, messageId: queued.messageId });
  return queued;
}
