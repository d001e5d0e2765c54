import { randomInt } from "node:crypto";
import type { Logger } from "pino";
import type { BusinessNumber } from "@/lib/whatsapp/webhook/build-payload";
import { serializeLikeMeta } from "@/lib/whatsapp/webhook/serialize-like-meta";
import { signWebhookBody } from "@/lib/whatsapp/webhook/verify-signature";
import type { WebhookSettings } from "./emulator-options";
import type { FaultSwitchboard } from "./faults";
import type { Scheduler } from "./scheduler";
import type { VirtualClock } from "./virtual-clock";
import { type WebhookUpdate, buildWebhookPayload } from "./webhook-payload";
import { type WebhookVerification, verifyWebhookEndpoint } from "./webhook-verification";

// Delivers webhooks the way Meta does (shared/whatsapp/cloud-api.md §2.3, §9.3): bodies serialised
// byte-for-byte like Meta's and signed with the app secret, success only on HTTP 200, retried on the
// configured schedule and dropped once older than maxAgeMs. Deliveries run concurrently, so ordering
// is not guaranteed — exactly the property the product must cope with. Fault knobs add duplicates,
// reordering, delays and batching. The log keeps every POST (in memory, last 2000).

export type DeliveredUpdateSummary =
  | { kind: "message"; waId: string; wamid: string; type: string }
  | { kind: "status"; waId: string; wamid: string; status: string };

export type DeliveryAttempt = {
  at: string;
  // null when no HTTP answer came back (connection refused, timeout).
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
};

export type DeliveryState = "pending" | "in_flight" | "retrying" | "delivered" | "dropped";

export type DeliveryRecord = {
  id: number;
  createdAt: string;
  // 0 for the POST itself, 1…N for injected duplicate copies of it.
  copy: number;
  updates: DeliveredUpdateSummary[];
  body: string;
  signature: string;
  bytes: number;
  state: DeliveryState;
  attempts: DeliveryAttempt[];
  nextAttemptAt: string | null;
};

export type WebhookDelivery = {
  enqueue(update: WebhookUpdate): void;
  log(): DeliveryRecord[];
  verifyEndpoint(): Promise<WebhookVerification>;
  lastVerification(): WebhookVerification | null;
  // Forgets buffered updates and the log; the caller cancels scheduled timers.
  reset(): void;
  // Aborts in-flight POSTs and waits for them to settle.
  close(): Promise<void>;
};

const MAX_LOG_RECORDS = 2_000;

export function createWebhookDelivery(deps: {
  business: BusinessNumber;
  webhookUrl: string;
  appSecret: string;
  verifyToken: string;
  settings: WebhookSettings;
  fetch: typeof fetch;
  clock: VirtualClock;
  scheduler: Scheduler;
  faults: FaultSwitchboard;
  log: Logger;
}): WebhookDelivery {
  const { settings, clock, scheduler } = deps;
  let records: DeliveryRecord[] = [];
  let nextId = 0;
  let buffer: WebhookUpdate[] = [];
  let cancelFlush: (() => void) | null = null;
  let verification: WebhookVerification | null = null;
  let closing = new AbortController();
  const inFlight = new Set<Promise<void>>();

  function track(work: Promise<void>): Promise<void> {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    return work;
  }

  function enqueue(update: WebhookUpdate): void {
    const faults = deps.faults.current();
    if (!faults.batch && !faults.reorder) {
      void track(post([update]));
      return;
    }
    buffer.push(update);
    if (faults.batch && buffer.length >= faults.batch.maxUpdates) {
      flush();
      return;
    }
    if (!cancelFlush) {
      const windowMs = Math.max(faults.batch?.windowMs ?? 0, faults.reorder?.windowMs ?? 0);
      cancelFlush = scheduler.schedule(windowMs, flush);
    }
  }

  function flush(): void {
    cancelFlush?.();
    cancelFlush = null;
    const faults = deps.faults.current();
    let updates = buffer;
    buffer = [];
    if (faults.reorder) updates = faults.reorder.mode === "reverse" ? updates.reverse() : shuffle(updates);
    if (faults.batch) {
      for (let start = 0; start < updates.length; start += faults.batch.maxUpdates) {
        void track(post(updates.slice(start, start + faults.batch.maxUpdates)));
      }
      return;
    }
    // Reordering alone: one POST per update, each sent after the previous one was answered, so the
    // receiver really sees them in the shuffled order.
    void track(updates.reduce<Promise<void>>((previous, update) => previous.then(() => post([update])), Promise.resolve()));
  }

  async function post(updates: WebhookUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const body = serializeLikeMeta(buildWebhookPayload(deps.business, updates));
    const signature = signWebhookBody(body, deps.appSecret);
    const faults = deps.faults.current();
    const copies = Array.from({ length: 1 + faults.duplicateDeliveries }, (_, copy) => createRecord(updates, body, signature, copy));
    if (faults.deliveryDelayMs > 0) {
      // Fire and forget: a scheduled attempt may be cancelled by reset(), so nothing may wait on it.
      for (const record of copies) scheduler.schedule(faults.deliveryDelayMs, () => void track(attempt(record)));
      return;
    }
    await Promise.all(copies.map(attempt));
  }

  function createRecord(updates: WebhookUpdate[], body: string, signature: string, copy: number): DeliveryRecord {
    const record: DeliveryRecord = {
      id: ++nextId,
      createdAt: clock.now().toISOString(),
      copy,
      updates: updates.map(summarize),
      body,
      signature,
      bytes: Buffer.byteLength(body),
      state: "pending",
      attempts: [],
      nextAttemptAt: null,
    };
    records.push(record);
    if (records.length > MAX_LOG_RECORDS) records = records.slice(-MAX_LOG_RECORDS);
    return record;
  }

  async function attempt(record: DeliveryRecord): Promise<void> {
    // Captured once: after reset() the next session has its own controller, and a POST of the old
    // session must neither write into the new log nor schedule more retries.
    const session = closing.signal;
    if (session.aborted || record.state === "dropped" || record.state === "delivered") return;
    if (settings.requireVerification && !verification?.ok) {
      const result = await verifyEndpoint();
      if (session.aborted) return;
      if (!result.ok) {
        record.attempts.push({ at: clock.now().toISOString(), statusCode: null, error: `Webhook not verified: ${result.error ?? "failed"}`, latencyMs: 0 });
        scheduleRetry(record);
        return;
      }
    }

    record.state = "in_flight";
    record.nextAttemptAt = null;
    const at = clock.now().toISOString();
    const started = performance.now();
    try {
      const response = await deps.fetch(deps.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-hub-signature-256": record.signature,
          // Meta's crawler identifies itself this way; some endpoints log or allow-list it.
          "user-agent": "facebookexternalua",
        },
        body: record.body,
        signal: AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), session]),
      });
      // Drain the answer so the connection can be reused; its content does not matter to Meta.
      await response.arrayBuffer().catch(() => undefined);
      const latencyMs = Math.round(performance.now() - started);
      record.attempts.push({ at, statusCode: response.status, error: null, latencyMs });
      if (response.status === 200) {
        record.state = "delivered";
        return;
      }
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      record.attempts.push({ at, statusCode: null, error: error instanceof Error ? error.message : String(error), latencyMs });
    }
    if (session.aborted) return;
    scheduleRetry(record);
  }

  function scheduleRetry(record: DeliveryRecord): void {
    const schedule = settings.retryScheduleMs;
    const delay = schedule[Math.min(record.attempts.length - 1, schedule.length - 1)] ?? 0;
    const now = clock.now().getTime();
    const deadline = new Date(record.createdAt).getTime() + settings.maxAgeMs;
    if (now + delay > deadline) {
      // Meta gives up 7 days after the first attempt, not at the last retry.
      record.state = "retrying";
      record.nextAttemptAt = null;
      scheduler.schedule(Math.max(0, deadline - now), () => {
        if (record.state !== "delivered") record.state = "dropped";
      });
      return;
    }
    record.state = "retrying";
    record.nextAttemptAt = new Date(now + delay).toISOString();
    scheduler.schedule(delay, () => void track(attempt(record)));
  }

  async function verifyEndpoint(): Promise<WebhookVerification> {
    verification = await verifyWebhookEndpoint({
      webhookUrl: deps.webhookUrl,
      verifyToken: deps.verifyToken,
      fetch: deps.fetch,
      timeoutMs: settings.timeoutMs,
      now: clock.now(),
    });
    if (!verification.ok) deps.log.warn({ status: verification.status, error: verification.error }, "webhook verification failed");
    return verification;
  }

  return {
    enqueue,
    log: () => structuredClone(records),
    verifyEndpoint,
    lastVerification: () => verification,
    reset() {
      cancelFlush?.();
      cancelFlush = null;
      buffer = [];
      records = [];
      verification = null;
      // In-flight POSTs of the old session must not write into the new log.
      closing.abort();
      closing = new AbortController();
    },
    async close() {
      closing.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}

function summarize(update: WebhookUpdate): DeliveredUpdateSummary {
  if (update.kind === "message") {
    return { kind: "message", waId: update.customer.waId, wamid: update.message.id, type: update.message.type };
  }
  return { kind: "status", waId: update.status.recipient_id, wamid: update.status.id, status: update.status.status };
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = randomInt(0, index + 1);
    const item = copy[index];
    const swap = copy[other];
    if (item === undefined || swap === undefined) continue;
    copy[index] = swap;
    copy[other] = item;
  }
  return copy;
}
