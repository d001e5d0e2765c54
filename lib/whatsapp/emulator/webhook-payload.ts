import {
  type BusinessNumber,
  type CustomerProfile,
  batchWebhookPayloads,
  buildInboundMessagePayload,
  buildStatusPayload,
} from "@/lib/whatsapp/webhook/build-payload";
import type { MessageStatus, MessagesWebhookPayload, WebhookMessage } from "@/lib/whatsapp/webhook/schema";

// One update the emulator owes the webhook: a customer's message or a status of ours.
export type WebhookUpdate =
  | { kind: "message"; customer: CustomerProfile; message: WebhookMessage }
  | { kind: "status"; status: MessageStatus };

// Several updates in one POST, grouped the way Meta groups them: all statuses in one change's
// statuses[], each customer's messages in one change with that customer in contacts[], and one
// entry per change (so a batch exercises both multi-item arrays and multiple entries).
export function buildWebhookPayload(business: BusinessNumber, updates: readonly WebhookUpdate[]): MessagesWebhookPayload {
  const groups: { key: string; build: () => MessagesWebhookPayload }[] = [];
  const statuses: MessageStatus[] = [];
  const messagesByCustomer = new Map<string, { customer: CustomerProfile; messages: WebhookMessage[] }>();

  for (const update of updates) {
    if (update.kind === "status") {
      if (statuses.length === 0) groups.push({ key: "statuses", build: () => buildStatusPayload(business, statuses) });
      statuses.push(update.status);
      continue;
    }
    const existing = messagesByCustomer.get(update.customer.waId);
    if (existing) {
      existing.messages.push(update.message);
      continue;
    }
    const group = { customer: update.customer, messages: [update.message] };
    messagesByCustomer.set(update.customer.waId, group);
    groups.push({ key: update.customer.waId, build: () => buildInboundMessagePayload(business, group.customer, group.messages) });
  }

  const payloads = groups.map((group) => group.build());
  const [only] = payloads;
  return payloads.length === 1 && only ? only : batchWebhookPayloads(payloads);
}
