import { describeGraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { buildStatus, buildWebhookError } from "@/lib/whatsapp/webhook/build-payload";
import type { ChatError, ChatStore } from "./chat-store";
import type { CustomerDirectory } from "./customers";
import type { StatusDelays } from "./emulator-options";
import type { EventHub } from "./event-hub";
import type { FaultSwitchboard } from "./faults";
import type { Pricing } from "./pricing";
import type { Scheduler } from "./scheduler";
import type { VirtualClock } from "./virtual-clock";
import type { WebhookDelivery } from "./webhook-delivery";

// Drives the statuses of our accepted messages (shared/whatsapp/cloud-api.md §3.4, §9.2): sent, then
// delivered, then read — read only for customers with read receipts on, either automatically after
// `read` ms or when the simulated customer opens the chat. Pricing rides on `sent` and on the first
// of delivered/read. Reactions only ever get `sent`. Every status goes to the chat store, the event
// stream and the webhook.

export type AcceptedMessage = {
  wamid: string;
  waId: string;
  pricing: Pricing;
  bizOpaqueCallbackData?: string;
  // Reactions: Meta emits `sent` and nothing else.
  sentOnly: boolean;
};

export type StatusLifecycle = {
  start(message: AcceptedMessage): void;
  // Accepted by the API but failing later: a single `failed` status, after the `sent` delay.
  failLater(message: Omit<AcceptedMessage, "pricing" | "sentOnly">, failure: { code: number; details?: string }): void;
  // The customer opens the chat: read receipts for everything delivered (or sent) and unread.
  markChatRead(waId: string): string[];
  reset(): void;
};

type Tracking = { waId: string; pricing: Pricing | null; pricingPending: boolean; bizOpaqueCallbackData?: string; sentOnly: boolean };

export function createStatusLifecycle(deps: {
  delays: StatusDelays;
  clock: VirtualClock;
  scheduler: Scheduler;
  customers: CustomerDirectory;
  chats: ChatStore;
  events: EventHub;
  delivery: WebhookDelivery;
  faults: FaultSwitchboard;
}): StatusLifecycle {
  const tracked = new Map<string, Tracking>();

  function emit(wamid: string, status: "sent" | "delivered" | "read" | "failed", errors?: ChatError[]): boolean {
    const tracking = tracked.get(wamid);
    if (!tracking) return false;
    const at = deps.clock.now();
    const entry = deps.chats.advanceStatus(wamid, status, at, errors);
    if (!entry) return false;

    let pricing: Pricing | undefined;
    if (status === "sent" && tracking.pricing) pricing = tracking.pricing;
    if ((status === "delivered" || status === "read") && tracking.pricingPending && tracking.pricing) {
      pricing = tracking.pricing;
      tracking.pricingPending = false;
    }
    deps.delivery.enqueue({
      kind: "status",
      status: buildStatus({
        waMessageId: wamid,
        status,
        timestamp: at,
        recipientId: tracking.waId,
        ...(tracking.bizOpaqueCallbackData === undefined ? {} : { bizOpaqueCallbackData: tracking.bizOpaqueCallbackData }),
        ...(pricing === undefined ? {} : { pricing }),
        ...(errors === undefined ? {} : { errors: errors.map((error) => buildWebhookError(error)) }),
      }),
    });
    deps.events.emit({ type: "status", waId: tracking.waId, at: at.toISOString(), wamid, status, errors: errors ?? [] });
    return true;
  }

  function readIfAllowed(wamid: string): boolean {
    const tracking = tracked.get(wamid);
    if (!tracking || tracking.sentOnly) return false;
    const customer = deps.customers.get(tracking.waId);
    if (!customer?.readReceipts) return false;
    return emit(wamid, "read");
  }

  return {
    start(message) {
      tracked.set(message.wamid, {
        waId: message.waId,
        pricing: message.pricing,
        pricingPending: true,
        sentOnly: message.sentOnly,
        ...(message.bizOpaqueCallbackData === undefined ? {} : { bizOpaqueCallbackData: message.bizOpaqueCallbackData }),
      });
      const { delays } = deps;
      deps.scheduler.schedule(delays.sent, () => emit(message.wamid, "sent"));
      if (message.sentOnly) return;
      deps.scheduler.schedule(delays.delivered, () => {
        if (!deps.faults.current().skipDelivered) emit(message.wamid, "delivered");
      });
      if (delays.read !== null) {
        deps.scheduler.schedule(delays.read, () => {
          if (deps.customers.get(message.waId)?.autoRead) readIfAllowed(message.wamid);
        });
      }
    },
    failLater(message, failure) {
      tracked.set(message.wamid, {
        waId: message.waId,
        pricing: null,
        pricingPending: false,
        sentOnly: true,
        ...(message.bizOpaqueCallbackData === undefined ? {} : { bizOpaqueCallbackData: message.bizOpaqueCallbackData }),
      });
      const title = describeGraphError(failure.code).title;
      const error: ChatError = { code: failure.code, title, ...(failure.details === undefined ? {} : { details: failure.details }) };
      deps.scheduler.schedule(deps.delays.sent, () => emit(message.wamid, "failed", [error]));
    },
    markChatRead(waId) {
      const read: string[] = [];
      for (const entry of deps.chats.list(waId)) {
        if (entry.direction !== "outbound" || (entry.status !== "sent" && entry.status !== "delivered")) continue;
        if (readIfAllowed(entry.wamid)) read.push(entry.wamid);
      }
      return read;
    },
    reset: () => tracked.clear(),
  };
}
