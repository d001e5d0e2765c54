import { publish } from "@/lib/realtime/publish";
import type { IngestResult } from "./ingest/ingest-webhook-events";

// Live updates go out only after the transaction committed, so a browser never sees a message that
// was rolled back.
export function publishIngestResult(result: IngestResult): void {
  for (const conversation of result.createdConversations) {
    publish({ type: "conversation.created", conversationId: conversation.id, inboxId: conversation.inboxId });
  }
  for (const message of result.storedMessages) {
    publish({ type: "message.created", conversationId: message.conversationId, inboxId: message.inboxId, messageId: message.id });
  }
  for (const status of result.statuses) {
    publish({
      type: "message.status",
      conversationId: status.conversationId,
      inboxId: status.inboxId,
      messageId: status.messageId,
      status: status.status,
      errorCode: status.errorCode,
      errorTitle: status.errorTitle,
    });
  }
}
