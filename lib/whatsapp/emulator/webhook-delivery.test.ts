import { describe, expect, test } from "vitest";
import { logger } from "@/lib/logger";
import { buildStatus, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import { verifyWebhookSignature } from "@/lib/whatsapp/webhook/verify-signature";
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from "./emulator-options";
import { createFaultSwitchboard } from "./faults";
import { createScheduler } from "./scheduler";
import { createVirtualClock } from "./virtual-clock";
import { createWebhookDelivery } from "./webhook-delivery";
import type { WebhookUpdate } from "./webhook-payload";

const BUSINESS = { wabaId: "109876543210987", phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" };
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function setup(settings: Partial<WebhookSettings> = {}, answer: (index: number) => number = () => 200) {
  const clock = createVirtualClock(() => new Date("2026-11-22T10:00:00Z"));
  const scheduler = createScheduler(clock, logger());
  const faults = createFaultSwitchboard();
  const posts: { body: string; signature: string | null }[] = [];
  const fakeFetch: typeof fetch = async (_input, init) => {
    const headers = new Headers(init?.headers);
    posts.push({ body: String(init?.body), signature: headers.get("x-hub-signature-256") });
    return new Response("ok", { status: answer(posts.length - 1) });
  };
  const delivery = createWebhookDelivery({
    business: BUSINESS,
    webhookUrl: "http://receiver.invalid/webhook",
    appSecret: "secret",
    verifyToken: "verify",
    settings: { ...DEFAULT_WEBHOOK_SETTINGS, ...settings },
    fetch: fakeFetch,
    clock,
    scheduler,
    faults,
    log: logger(),
  });
  return { clock, scheduler, faults, posts, delivery };
}

function text(id: string, body: string, waId = "447700900123"): WebhookUpdate {
  return { kind: "message", customer: { waId, profileName: "Amara" }, message: buildTextMessage({ id, from: waId, timestamp: new Date(1795312000_000) }, body) };
}

function status(id: string): WebhookUpdate {
  return { kind: "status", status: buildStatus({ waMessageId: id, status: "delivered", timestamp: new Date(1795312000_000), recipientId: "447700900123" }) };
}

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setImmediate(resolve));
}

describe("createWebhookDelivery", () => {
  test("retries on the real-time schedule in virtual time and drops after 7 days", async () => {
    const { clock, scheduler, posts, delivery } = setup({}, () => 500);
    delivery.enqueue(text("wamid.A", "hi"));
    await settle();
    // Immediate retry (delay 0) after the first failure.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts).toHaveLength(2);
    expect(delivery.log()[0]).toMatchObject({ state: "retrying", nextAttemptAt: "2026-11-22T10:01:00.000Z" });

    for (const step of [60_000, 5 * 60_000, 15 * 60_000, HOUR]) {
      clock.advance(step);
      scheduler.runDue();
      await settle();
    }
    expect(posts).toHaveLength(6);
    clock.advance(7 * DAY);
    for (let round = 0; round < 12; round++) {
      scheduler.runDue();
      await settle();
    }
    expect(delivery.log()[0]?.state).toBe("dropped");
    const attempts = delivery.log()[0]?.attempts.length ?? 0;
    clock.advance(DAY);
    scheduler.runDue();
    await settle();
    expect(delivery.log()[0]?.attempts.length).toBe(attempts);
    await delivery.close();
  });

  test("batching groups statuses into one change and each customer's messages into another", async () => {
    const { clock, scheduler, faults, posts, delivery } = setup();
    faults.apply({ batch: { maxUpdates: 10, windowMs: 1_000 } });
    delivery.enqueue(text("wamid.1", "one"));
    delivery.enqueue(status("wamid.OUT1"));
    delivery.enqueue(text("wamid.2", "two"));
    delivery.enqueue(status("wamid.OUT2"));
    delivery.enqueue(text("wamid.3", "three", "447700900456"));
    clock.advance(1_000);
    scheduler.runDue();
    await settle();
    expect(posts).toHaveLength(1);
    const post = posts[0];
    if (!post) throw new Error("no post");
    expect(verifyWebhookSignature(Buffer.from(post.body), post.signature, "secret")).toStrictEqual({ ok: true });
    const payload = JSON.parse(post.body);
    expect(payload.entry.map((entry: { changes: { value: Record<string, unknown[]> }[] }) => Object.keys(entry.changes[0]?.value ?? {}))).toStrictEqual([
      ["messaging_product", "metadata", "contacts", "messages"],
      ["messaging_product", "metadata", "statuses"],
      ["messaging_product", "metadata", "contacts", "messages"],
    ]);
    const parsed = parseWebhookPayload(payload);
    expect(parsed.ok && parsed.events.length).toBe(5);
    await delivery.close();
  });

  test("the batch is flushed as soon as maxUpdates are waiting", async () => {
    const { faults, posts, delivery } = setup();
    faults.apply({ batch: { maxUpdates: 2, windowMs: 60_000 } });
    delivery.enqueue(status("wamid.A"));
    delivery.enqueue(status("wamid.B"));
    await settle();
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]?.body ?? "{}").entry[0].changes[0].value.statuses).toHaveLength(2);
    await delivery.close();
  });
});
