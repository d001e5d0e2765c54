import type { IncomingMessage } from "node:http";
import { AppError } from "@/lib/errors";
import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import { DEFAULT_TEMPLATES } from "./default-templates";

export type EmulatorBusiness = {
  phoneNumberId: string;
  // Digits with country code, no "+" (metadata.display_phone_number).
  displayPhoneNumber: string;
  wabaId: string;
  verifiedName: string;
};

// Delays after a send is accepted. `read: null` turns automatic reading off: messages are then read
// only when the simulated customer opens the chat (control.markChatRead).
export type StatusDelays = { sent: number; delivered: number; read: number | null };

export type RateLimitSettings = {
  // Meta's default throughput per business number (130429 above it).
  messagesPerSecond: number;
  // Pair limit (131056): a bucket of `pairBurst` messages per customer, refilled one per `pairRefillMs`.
  // Meta tolerates bursts up to 45 borrowed from future quota; the default of 6 makes the 7th rapid
  // message fail, which is the behaviour the shared golden tests (§9.5) pin down.
  pairBurst: number;
  pairRefillMs: number;
};

export type WebhookSettings = {
  // Delay before retry n+1 (index n); the last value repeats until maxAgeMs. Meta: "immediately, then
  // with decreasing frequency for up to 7 days" — the exact schedule is not published.
  retryScheduleMs: number[];
  timeoutMs: number;
  // Updates still unacknowledged this long after their first attempt are dropped (Meta: 7 days).
  maxAgeMs: number;
  // Hold deliveries until the endpoint passed the GET hub.challenge handshake (§9.3).
  requireVerification: boolean;
};

export type CloudApiEmulatorOptions = {
  // Where the emulator is mounted, e.g. "/__emulator". Graph lives under `${basePath}/graph`.
  basePath: string;
  // Origin that clients use to reach the emulator, e.g. "http://127.0.0.1:3000"; media URLs start with it.
  publicUrl: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  // Our POST /api/whatsapp/webhook.
  webhookUrl: string;
  business: EmulatorBusiness;
  templates?: MessageTemplate[];
  statusDelaysMs?: Partial<StatusDelays>;
  now?: () => Date;
  fetch?: typeof fetch;
  // Guards the control API (the lead's session check); Graph routes use the access token instead.
  authorize?: (req: IncomingMessage) => Promise<boolean>;
  rateLimits?: Partial<RateLimitSettings>;
  webhook?: Partial<WebhookSettings>;
  // Since 2025-11 Meta is rolling out a direct `url` on inbound media webhooks; off by default so the
  // product keeps exercising the GET /{media-id} path.
  includeMediaUrlInWebhooks?: boolean;
};

export type ResolvedEmulatorOptions = Omit<
  Required<CloudApiEmulatorOptions>,
  "statusDelaysMs" | "rateLimits" | "webhook" | "authorize" | "now"
> & {
  statusDelaysMs: StatusDelays;
  rateLimits: RateLimitSettings;
  webhook: WebhookSettings;
  authorize: ((req: IncomingMessage) => Promise<boolean>) | null;
  now: () => Date;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_STATUS_DELAYS: StatusDelays = { sent: 50, delivered: 300, read: 800 };
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { messagesPerSecond: 80, pairBurst: 6, pairRefillMs: 6_000 };
export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  retryScheduleMs: [0, MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY],
  timeoutMs: 10_000,
  maxAgeMs: 7 * DAY,
  requireVerification: false,
};

export function resolveEmulatorOptions(options: CloudApiEmulatorOptions): ResolvedEmulatorOptions {
  const basePath = options.basePath.replace(/\/+$/, "");
  if (!basePath.startsWith("/")) throw configError('basePath must start with "/" (e.g. "/__emulator").');
  for (const key of ["accessToken", "appSecret", "verifyToken", "webhookUrl", "publicUrl"] as const) {
    if (options[key].trim() === "") throw configError(`${key} must not be empty.`);
  }
  const retryScheduleMs = options.webhook?.retryScheduleMs ?? DEFAULT_WEBHOOK_SETTINGS.retryScheduleMs;
  if (retryScheduleMs.length === 0) throw configError("webhook.retryScheduleMs needs at least one delay.");
  return {
    ...options,
    basePath,
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
    templates: options.templates ?? DEFAULT_TEMPLATES,
    statusDelaysMs: { ...DEFAULT_STATUS_DELAYS, ...options.statusDelaysMs },
    now: options.now ?? (() => new Date()),
    fetch: options.fetch ?? globalThis.fetch,
    authorize: options.authorize ?? null,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    webhook: { ...DEFAULT_WEBHOOK_SETTINGS, ...options.webhook, retryScheduleMs },
    includeMediaUrlInWebhooks: options.includeMediaUrlInWebhooks ?? false,
  };
}

function configError(message: string): AppError {
  return new AppError("internal:config", `Cloud API emulator: ${message}`);
}
