import { describe, expect, it } from "vitest";
import type { InboundChatEntry, OutboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { DeliveryRecord } from "@/lib/whatsapp/emulator/webhook-delivery";
import { applyEmulatorEvent, awaitingWebhook, customerTicks, visibleEntries, webhookProgress } from "./transcript";

const AT = "2026-03-01T10:00:00.000Z";

function inbound(wamid: string, overrides: Partial<InboundChatEntry> = {}): InboundChatEntry {
  return {
    direction: "inbound",
    wamid,
    waId: "31612345678",
    at: AT,
    type: "text",
    text: "hello",
    replyTo: null,
    reactions: { customer: null, business: null },
    message: { from: "31612345678", id: wamid, timestamp: "1772359200", type: "text", text: { body: "hello" } },
    readByBusiness: false,
    ...overrides,
  };
}

function outbound(wamid: string, overrides: Partial<OutboundChatEntry> = {}): OutboundChatEntry {
  return {
    direction: "outbound",
    wamid,
    waId: "31612345678",
    at: AT,
    type: "text",
    text: "hi there",
    replyTo: null,
    reactions: { customer: null, business: null },
    status: "accepted",
    statusHistory: [{ status: "accepted", at: AT }],
    errors: [],
    request: { messaging_product: "whatsapp", to: "31612345678", type: "text", text: { body: "hi there" } },
    template: null,
    ...overrides,
  };
}

function delivery(state: DeliveryRecord["state"], wamid: string): DeliveryRecord {
  return {
    id: 1,
    createdAt: AT,
    copy: 0,
    updates: [{ kind: "message", waId: "31612345678", wamid, type: "text" }],
    body: "{}",
    signature: "sha256=x",
    bytes: 2,
    state,
    attempts: [],
    nextAttemptAt: null,
  };
}

describe("applyEmulatorEvent", () => {
  it("appends a new message once, however often the event arrives", () => {
    const event = { type: "inbound" as const, waId: "31612345678", at: AT, entry: inbound("in.1") };
    const once = applyEmulatorEvent([], event);
    const twice = applyEmulatorEvent(once, event);
    expect(once).toHaveLength(1);
    expect(twice).toBe(once);
  });

  it("moves statuses forward only and keeps failed terminal", () => {
    const start = [outbound("out.1")];
    const delivered = applyEmulatorEvent(start, { type: "status", waId: "31612345678", at: AT, wamid: "out.1", status: "delivered", errors: [] });
    expect(delivered[0]).toMatchObject({ status: "delivered" });
    const backwards = applyEmulatorEvent(delivered, { type: "status", waId: "31612345678", at: AT, wamid: "out.1", status: "sent", errors: [] });
    expect(backwards).toBe(delivered);
    const failed = applyEmulatorEvent(start, {
      type: "status",
      waId: "31612345678",
      at: AT,
      wamid: "out.1",
      status: "failed",
      errors: [{ code: 131047, title: "Re-engagement message" }],
    });
    expect(failed[0]).toMatchObject({ status: "failed", errors: [{ code: 131047 }] });
    expect(applyEmulatorEvent(failed, { type: "status", waId: "31612345678", at: AT, wamid: "out.1", status: "read", errors: [] })).toBe(failed);
  });

  it("marks the customer's messages read by the business", () => {
    const entries = [inbound("in.1"), inbound("in.2")];
    const read = applyEmulatorEvent(entries, { type: "business-read", waId: "31612345678", at: AT, wamids: ["in.1"], typingUntil: null });
    expect(read.map((entry) => entry.direction === "inbound" && entry.readByBusiness)).toEqual([true, false]);
  });

  it("puts a customer reaction under its target and hides the reaction itself", () => {
    const target = outbound("out.1");
    const reaction = inbound("in.r", {
      type: "reaction",
      text: "👍",
      replyTo: "out.1",
      message: { from: "31612345678", id: "in.r", timestamp: "1772359200", type: "reaction", reaction: { message_id: "out.1", emoji: "👍" } },
    });
    const next = applyEmulatorEvent([target], { type: "inbound", waId: "31612345678", at: AT, entry: reaction });
    expect(next[0]?.reactions.customer).toBe("👍");
    expect(visibleEntries(next).map((entry) => entry.wamid)).toEqual(["out.1"]);
  });
});

describe("customer ticks", () => {
  it("go sent → delivered (webhook answered 200) → read (business marked it read)", () => {
    const pending = webhookProgress([delivery("in_flight", "in.1")]);
    expect(customerTicks(inbound("in.1"), pending)).toBe("sent");
    expect(awaitingWebhook(["in.1"], pending)).toBe(true);

    const delivered = webhookProgress([delivery("retrying", "in.1"), delivery("delivered", "in.1")]);
    expect(customerTicks(inbound("in.1"), delivered)).toBe("delivered");
    expect(awaitingWebhook(["in.1"], delivered)).toBe(false);

    expect(customerTicks(inbound("in.1", { readByBusiness: true }), pending)).toBe("read");
  });

  it("flag a webhook that keeps failing, and stop waiting once the emulator gives up", () => {
    const retrying = webhookProgress([delivery("retrying", "in.1")]);
    expect(customerTicks(inbound("in.1"), retrying)).toBe("webhook_failing");
    expect(awaitingWebhook(["in.1"], retrying)).toBe(true);
    const dropped = webhookProgress([delivery("dropped", "in.1")]);
    expect(customerTicks(inbound("in.1"), dropped)).toBe("webhook_failing");
    expect(awaitingWebhook(["in.1"], dropped)).toBe(false);
  });
});
