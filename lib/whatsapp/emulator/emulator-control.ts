import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import type { ChatEntry } from "./chat-store";
import type { Customer, CustomerInput } from "./customers";
import type { EmulatorContext } from "./emulator-context";
import type { EmulatorEventListener } from "./event-hub";
import type { EmulatorFaults, EmulatorFaultsPatch } from "./faults";
import type { SentRequestRecord } from "./sent-request-log";
import { type InboundLocation, type InboundMediaUpload, type InboundResult, createInboundSimulator } from "./simulate-inbound";
import type { DeliveryRecord } from "./webhook-delivery";
import type { WebhookVerification } from "./webhook-verification";

// The emulator's non-Meta side, for the simulator page, e2e tests and unit tests: play the
// customer, look inside, inject faults, move time. Errors are AppErrors (not_found:whatsapp,
// bad_request:whatsapp) so the control HTTP API can answer them directly.
export type EmulatorControl = {
  upsertCustomer(input: CustomerInput): Customer;
  customers(): Customer[];
  customer(waId: string): Customer | null;

  sendText(waId: string, text: string, options?: { replyTo?: string; forwarded?: boolean }): InboundResult;
  sendMedia(waId: string, media: InboundMediaUpload): InboundResult;
  sendLocation(waId: string, location: InboundLocation): InboundResult;
  tapButton(waId: string, outboundWamid: string, buttonId: string): InboundResult;
  pickListRow(waId: string, outboundWamid: string, rowId: string): InboundResult;
  react(waId: string, wamid: string, emoji: string | null): InboundResult;
  // The customer opens the chat: `read` statuses for our delivered messages (if read receipts are on).
  markChatRead(waId: string): { read: string[] };

  // Both directions, oldest first, with statuses, interactive payloads and rendered templates.
  conversation(waId: string): ChatEntry[];
  // Every POST …/messages as received, with the answer given.
  sentMessages(): SentRequestRecord[];
  deliveryLog(): DeliveryRecord[];
  // Bytes of any media the emulator holds (uploads and customer media), for the simulator page.
  media(mediaId: string): { bytes: Buffer; mimeType: string; fileName: string | null } | null;
  templates(): MessageTemplate[];

  faults(): EmulatorFaults;
  setFaults(patch: EmulatorFaultsPatch): EmulatorFaults;
  now(): Date;
  // Moves virtual time forward and runs every status, retry and expiry that falls due.
  advanceClock(ms: number): Date;
  // Runs the GET hub.challenge handshake against the webhook URL.
  verifyWebhook(): Promise<WebhookVerification>;
  // Back to a fresh emulator: no customers, chats, media, logs, faults; clock offset zero.
  reset(): void;

  subscribe(listener: EmulatorEventListener): () => void;
};

export function createEmulatorControl(ctx: EmulatorContext): EmulatorControl {
  const inbound = createInboundSimulator(ctx);
  return {
    upsertCustomer: (input) => ctx.customers.upsert(input),
    customers: () => ctx.customers.list(),
    customer: (waId) => ctx.customers.get(waId) ?? null,

    sendText: inbound.sendText,
    sendMedia: inbound.sendMedia,
    sendLocation: inbound.sendLocation,
    tapButton: inbound.tapButton,
    pickListRow: inbound.pickListRow,
    react: inbound.react,
    markChatRead(waId) {
      ctx.customers.require(waId);
      return { read: ctx.lifecycle.markChatRead(waId) };
    },

    conversation(waId) {
      ctx.customers.require(waId);
      return ctx.chats.list(waId);
    },
    sentMessages: () => ctx.sentRequests.list(),
    deliveryLog: () => ctx.delivery.log(),
    media(mediaId) {
      const media = ctx.media.get(mediaId);
      return media ? { bytes: media.bytes, mimeType: media.mimeType, fileName: media.fileName } : null;
    },
    templates: () => structuredClone(ctx.options.templates),

    faults: () => ctx.faults.current(),
    setFaults: (patch) => ctx.faults.apply(patch),
    now: () => ctx.clock.now(),
    advanceClock(ms) {
      const now = ctx.clock.advance(ms);
      ctx.scheduler.runDue();
      return now;
    },
    verifyWebhook: () => ctx.delivery.verifyEndpoint(),
    reset() {
      ctx.scheduler.cancelAll();
      ctx.delivery.reset();
      ctx.lifecycle.reset();
      ctx.customers.reset();
      ctx.chats.reset();
      ctx.media.reset();
      ctx.rateLimiter.reset();
      ctx.faults.reset();
      ctx.sentRequests.reset();
      ctx.clock.reset();
    },

    subscribe: (listener) => ctx.events.subscribe(listener),
  };
}
