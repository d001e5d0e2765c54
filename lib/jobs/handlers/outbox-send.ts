import { channelRuntime } from "@/lib/channel/channel-runtime";
import { graphSendTransport } from "@/lib/channel/outbound/graph-transport";
import { sendConversationOutbox } from "@/lib/channel/outbound/send-conversation-outbox";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import { db } from "@/lib/db/client";
import { publish } from "@/lib/realtime/publish";

export async function outboxSend({ conversationId }: { conversationId: string }): Promise<void> {
  const runtime = channelRuntime();
  await sendConversationOutbox(conversationId, {
    db: db(),
    transport: graphSendTransport(runtime.client),
    limiter: runtime.limiter,
    scheduleRetry: (id, at) => scheduleOutboxSend(id, at),
    onStatus: (status) =>
      publish({
        type: "message.status",
        conversationId: status.conversationId,
        inboxId: status.inboxId,
        messageId: status.messageId,
        status: status.status,
        errorCode: status.errorCode,
        errorTitle: status.errorTitle,
      }),
  });
}
