import type { BusinessNumberRef, StatusEvent } from "./events";
import { normalizeWebhookError } from "./normalize-error";
import type { MessageStatus } from "./schema";
import { fromUnixSeconds } from "./unix-seconds";

export function normalizeStatus(status: MessageStatus, business: BusinessNumberRef): StatusEvent {
  return {
    kind: "status",
    phoneNumberId: business.phoneNumberId,
    displayPhoneNumber: business.displayPhoneNumber,
    waMessageId: status.id,
    recipientId: status.recipient_id,
    status: status.status,
    timestamp: fromUnixSeconds(status.timestamp),
    errors: (status.errors ?? []).map(normalizeWebhookError),
    payload: status,
  };
}
