import type { Logger } from "pino";
import type { BusinessNumber } from "@/lib/whatsapp/webhook/build-payload";
import type { ChatStore } from "./chat-store";
import type { CustomerDirectory } from "./customers";
import type { ResolvedEmulatorOptions } from "./emulator-options";
import type { EventHub } from "./event-hub";
import type { FaultSwitchboard } from "./faults";
import type { MediaStore } from "./media-store";
import type { MediaUrlSigner } from "./media-url";
import type { RateLimiter } from "./rate-limiter";
import type { Scheduler } from "./scheduler";
import type { SentRequestLog } from "./sent-request-log";
import type { StatusLifecycle } from "./status-lifecycle";
import type { VirtualClock } from "./virtual-clock";
import type { WebhookDelivery } from "./webhook-delivery";

// Everything one emulator instance holds, handed to each request handler. All state lives in these
// in-memory components; nothing is persisted, and reset() empties them all.
export type EmulatorContext = {
  options: ResolvedEmulatorOptions;
  business: BusinessNumber;
  log: Logger;
  clock: VirtualClock;
  scheduler: Scheduler;
  customers: CustomerDirectory;
  chats: ChatStore;
  media: MediaStore;
  mediaUrls: MediaUrlSigner;
  rateLimiter: RateLimiter;
  faults: FaultSwitchboard;
  delivery: WebhookDelivery;
  lifecycle: StatusLifecycle;
  events: EventHub;
  sentRequests: SentRequestLog;
};
