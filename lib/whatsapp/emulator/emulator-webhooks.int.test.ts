import { afterEach, describe, expect, test } from "vitest";
import { sendMessageResponseSchema } from "@/lib/whatsapp/cloud-api/send-response";
import type { InboundMessageEvent } from "@/lib/whatsapp/webhook/events";
import { SIGNATURE_VECTOR } from "@/lib/whatsapp/webhook/fixtures/signature-vector";
import { signWebhookBody, verifyWebhookSignature } from "@/lib/whatsapp/webhook/verify-signature";
import type { CloudApiEmulatorOptions } from "./emulator-options";
import {
  AMARA,
  FAST_STATUSES,
  TEST_ACCESS_TOKEN,
  TEST_APP_SECRET,
  TEST_BUSINESS,
  TEST_VERIFY_TOKEN,
  postJson,
  receivedEvents,
  statusesOf,
} from "./testing/emulator-test-fixtures";
import { type EmulatorServer, startEmulatorServer } from "./testing/start-emulator-server";
import { type WebhookReceiver, startWebhookReceiver, waitUntil } from "./testing/start-webhook-receiver";

const DAY = 24 * 60 * 60 * 1000;

let receiver: WebhookReceiver;
let server: EmulatorServer;

async function start(overrides: Partial<CloudApiEmulatorOptions> = {}): Promise<void> {
  receiver = await startWebhookReceiver({ verifyToken: TEST_VERIFY_TOKEN });
  server = await startEmulatorServer({
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    webhookUrl: receiver.url,
    business: TEST_BUSINESS,
    statusDelaysMs: FAST_STATUSES,
    webhook: { retryScheduleMs: [0, 20, 40] },
    ...overrides,
  });
  server.emulator.control.upsertCustomer(AMARA);
}

afterEach(async () => {
  await server.close();
  await receiver.close();
});

async function send(body: unknown): Promise<string> {
  const { status, body: answer } = await postJson(`${server.baseUrl}/graph/v24.0/${TEST_BUSINESS.phoneNumberId}/messages`, body);
  expect(status).toBe(200);
  return sendMessageResponseSchema.parse(answer).messages[0]?.id ?? "";
}

function sendText(text: string): Promise<string> {
  return send({ messaging_product: "whatsapp", to: "+447700900123", type: "text", text: { body: text } });
}

function inboundEvents(): InboundMessageEvent[] {
  return receivedEvents(receiver.received).filter((event): event is InboundMessageEvent => event.kind === "message");
}

describe("webhook delivery", () => {
  test("a real delivery reproduces the §2.2 signature vector byte for byte", async () => {
    await start({ now: () => new Date(1763789000_000) });
    server.emulator.control.upsertCustomer({ waId: "447700900123", profileName: "Zoë" });
    const { wamid } = server.emulator.control.sendText("447700900123", "café \u{1F600} https://x.io/a");
    await receiver.waitFor((received) => received.length === 1);
    const [webhook] = receiver.received;
    if (!webhook) throw new Error("no webhook");

    // The bytes on the wire are Meta's escaped form, and the header signs exactly those bytes.
    expect(verifyWebhookSignature(webhook.rawBody, webhook.signature, TEST_APP_SECRET)).toStrictEqual({ ok: true });
    expect(webhook.headers["content-type"]).toBe("application/json");
    const wire = webhook.rawBody.toString("utf8");
    expect(wire).toBe(SIGNATURE_VECTOR.body.replace("wamid.TEST", wamid));
    expect(signWebhookBody(wire.replace(wamid, "wamid.TEST"), TEST_APP_SECRET)).toBe(SIGNATURE_VECTOR.header);
    // Re-serialising the parsed JSON breaks the signature, as it does against Meta.
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(wire)));
    expect(verifyWebhookSignature(reserialised, webhook.signature, TEST_APP_SECRET)).toStrictEqual({ ok: false, reason: "signature_mismatch" });
  });

  test("sent → delivered → read arrive as signed webhooks that parse, pricing on sent and delivered", async () => {
    await start();
    server.emulator.control.sendText(AMARA.waId, "Hi, my order hasn't arrived");
    const wamid = await send({
      messaging_product: "whatsapp",
      to: "+447700900123",
      biz_opaque_callback_data: "ticket:8812",
      type: "text",
      text: { body: "Sorry — checking now" },
    });
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), wamid).length === 3);
    const statuses = receivedEvents(receiver.received).filter((event) => event.kind === "status");
    expect(statuses.map((event) => event.kind === "status" && event.status)).toStrictEqual(["sent", "delivered", "read"]);
    const payloads = statuses.map((event) => (event.kind === "status" ? event.payload : {}));
    expect(payloads[0]).toMatchObject({
      recipient_id: AMARA.waId,
      biz_opaque_callback_data: "ticket:8812",
      pricing: { billable: false, pricing_model: "PMP", type: "free_customer_service", category: "service" },
    });
    expect(payloads[0]).not.toHaveProperty("conversation");
    expect(payloads[1]).toHaveProperty("pricing");
    expect(payloads[2]).not.toHaveProperty("pricing");
    // Status webhooks never carry contacts[].
    const statusBodies = receiver.received.slice(1).map((webhook) => JSON.parse(webhook.rawBody.toString("utf8")));
    expect(statusBodies.every((body) => body.entry[0].changes[0].value.contacts === undefined)).toBe(true);
    expect(server.emulator.control.conversation(AMARA.waId).at(-1)).toMatchObject({
      direction: "outbound",
      status: "read",
      statusHistory: [{ status: "accepted" }, { status: "sent" }, { status: "delivered" }, { status: "read" }],
    });
  });

  test("no read receipts → no read; markChatRead reads only when receipts are on", async () => {
    await start({ statusDelaysMs: { ...FAST_STATUSES, read: null } });
    server.emulator.control.upsertCustomer({ waId: "447700900456", profileName: "Private Pat", readReceipts: false });
    server.emulator.control.sendText(AMARA.waId, "hi");
    server.emulator.control.sendText("447700900456", "hi");
    const toAmara = await sendText("Hello Amara");
    const toPat = await send({ messaging_product: "whatsapp", to: "+447700900456", type: "text", text: { body: "Hello Pat" } });
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), toPat).includes("delivered") && statusesOf(receivedEvents(receiver.received), toAmara).includes("delivered"));

    expect(server.emulator.control.markChatRead("447700900456")).toStrictEqual({ read: [] });
    expect(server.emulator.control.markChatRead(AMARA.waId)).toStrictEqual({ read: [toAmara] });
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), toAmara).includes("read"));
    expect(statusesOf(receivedEvents(receiver.received), toPat)).toStrictEqual(["sent", "delivered"]);
  });

  test("duplicate knob delivers identical signed copies", async () => {
    await start();
    server.emulator.control.setFaults({ duplicateDeliveries: 2 });
    const { wamid } = server.emulator.control.sendText(AMARA.waId, "Anyone there?");
    await receiver.waitFor((received) => received.length === 3);
    const bodies = receiver.received.map((webhook) => webhook.rawBody.toString("utf8"));
    expect(new Set(bodies).size).toBe(1);
    expect(inboundEvents().map((event) => event.waMessageId)).toStrictEqual([wamid, wamid, wamid]);
    expect(server.emulator.control.deliveryLog().map((record) => record.copy)).toStrictEqual([0, 1, 2]);
  });

  test("reorder knob delivers read before delivered before sent", async () => {
    await start();
    server.emulator.control.sendText(AMARA.waId, "hi");
    await receiver.waitFor((received) => received.length === 1);
    server.emulator.control.setFaults({ reorder: { mode: "reverse", windowMs: 100 } });
    const wamid = await sendText("Here you go");
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), wamid).length === 3);
    expect(statusesOf(receivedEvents(receiver.received), wamid)).toStrictEqual(["read", "delivered", "sent"]);
  });

  test("batch knob puts several updates into one POST", async () => {
    await start();
    server.emulator.control.upsertCustomer({ waId: "447700900456", profileName: "Tomasz" });
    server.emulator.control.setFaults({ batch: { maxUpdates: 3, windowMs: 1_000 } });
    server.emulator.control.sendText(AMARA.waId, "one");
    server.emulator.control.sendText(AMARA.waId, "two");
    server.emulator.control.sendText("447700900456", "three");
    await receiver.waitFor((received) => received.length === 1);
    const body = JSON.parse(receiver.received[0]?.rawBody.toString("utf8") ?? "{}");
    expect(body.entry).toHaveLength(2);
    expect(body.entry[0].changes[0].value.messages).toHaveLength(2);
    expect(inboundEvents().map((event) => event.body)).toStrictEqual(["one", "two", "three"]);
  });

  test("a webhook answering 500 is retried until it answers 200", async () => {
    await start();
    receiver.respondWith((index) => (index < 2 ? 500 : 200));
    const { wamid } = server.emulator.control.sendText(AMARA.waId, "Are you open today?");
    await receiver.waitFor((received) => received.length === 3);
    await waitUntil(() => server.emulator.control.deliveryLog()[0]?.state === "delivered");
    const [record] = server.emulator.control.deliveryLog();
    expect(record?.attempts.map((attempt) => attempt.statusCode)).toStrictEqual([500, 500, 200]);
    expect(record?.attempts.every((attempt) => attempt.latencyMs >= 0)).toBe(true);
    expect(new Set(receiver.received.map((webhook) => webhook.signature)).size).toBe(1);
    expect(inboundEvents().map((event) => event.waMessageId)).toStrictEqual([wamid, wamid, wamid]);
  });

  test("an endpoint that never recovers is dropped after 7 days of virtual time", async () => {
    await start({ webhook: { retryScheduleMs: [0, 60 * 60 * 1000] } });
    receiver.respondWith(() => 503);
    server.emulator.control.sendText(AMARA.waId, "Hello?");
    await waitUntil(() => server.emulator.control.deliveryLog()[0]?.attempts.length === 2);
    await waitUntil(() => server.emulator.control.deliveryLog()[0]?.state === "retrying");
    server.emulator.control.advanceClock(8 * DAY);
    await waitUntil(() => server.emulator.control.deliveryLog()[0]?.state === "dropped");
    expect(server.emulator.control.deliveryLog()[0]?.nextAttemptAt).toBeNull();
  });

  test("inbound text, reply, button tap, list pick and reaction parse to the right events", async () => {
    await start();
    const { wamid: question } = server.emulator.control.sendText(AMARA.waId, "Hi, my order #A-1042 hasn't arrived yet");
    const buttonsMessage = await send({
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "interactive",
      interactive: {
        type: "button",
        body: { text: "How would you like us to fix it?" },
        action: { buttons: [{ type: "reply", reply: { id: "refund", title: "Request refund" } }] },
      },
    });
    const listMessage = await send({
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "interactive",
      interactive: {
        type: "list",
        body: { text: "Topics" },
        action: { button: "Choose", sections: [{ rows: [{ id: "topic_delivery", title: "Delivery problem", description: "Late, lost or damaged parcel" }] }] },
      },
    });
    server.emulator.control.sendText(AMARA.waId, "Yes, that one", { replyTo: buttonsMessage });
    server.emulator.control.tapButton(AMARA.waId, buttonsMessage, "refund");
    server.emulator.control.pickListRow(AMARA.waId, listMessage, "topic_delivery");
    server.emulator.control.react(AMARA.waId, buttonsMessage, "\u{1F44D}");
    server.emulator.control.react(AMARA.waId, buttonsMessage, null);

    await receiver.waitFor(() => inboundEvents().length === 6);
    const events = inboundEvents().sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
    expect(events.find((event) => event.waMessageId === question)).toMatchObject({
      kind: "message",
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      displayPhoneNumber: TEST_BUSINESS.displayPhoneNumber,
      waId: AMARA.waId,
      profileName: AMARA.profileName,
      type: "text",
      body: "Hi, my order #A-1042 hasn't arrived yet",
      replyTo: null,
    });
    const byType = (type: string) => events.filter((event) => event.type === type);
    expect(byType("text").find((event) => event.replyTo === buttonsMessage)?.body).toBe("Yes, that one");
    expect(byType("interactive").map((event) => [event.body, event.replyTo])).toEqual(
      expect.arrayContaining([
        ["Request refund", buttonsMessage],
        ["Delivery problem", listMessage],
      ]),
    );
    expect(byType("reaction").map((event) => [event.body, event.replyTo])).toEqual(
      expect.arrayContaining([
        ["\u{1F44D}", buttonsMessage],
        [null, buttonsMessage],
      ]),
    );
  });

  test("template quick reply arrives as type button with the payload", async () => {
    await start();
    const wamid = await send({
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "template",
      template: {
        name: "csat_survey",
        language: { code: "en" },
        components: [{ type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "csat_5_ticket_8812" }] }],
      },
    });
    const entry = server.emulator.control.conversation(AMARA.waId).find((candidate) => candidate.wamid === wamid);
    expect(entry?.direction === "outbound" && entry.template?.buttons.map((button) => button.text)).toStrictEqual(["Great", "OK", "Poor"]);
    server.emulator.control.tapButton(AMARA.waId, wamid, "Great");
    await receiver.waitFor(() => inboundEvents().length === 1);
    expect(inboundEvents()[0]).toMatchObject({ type: "button", body: "Great", replyTo: wamid, payload: { button: { payload: "csat_5_ticket_8812", text: "Great" } } });
  });

  test("verifyWebhook performs the hub.challenge handshake; requireVerification gates delivery", async () => {
    await start({ webhook: { retryScheduleMs: [0, 20], requireVerification: true } });
    server.emulator.control.sendText(AMARA.waId, "hi");
    await receiver.waitFor((received) => received.length === 1);
    // The receiver sees the POST before the emulator has processed the 200 that answers it.
    await waitUntil(() => server.emulator.control.deliveryLog()[0]?.state !== "in_flight");
    expect(server.emulator.control.deliveryLog()[0]?.state).toBe("delivered");
    expect(await server.emulator.control.verifyWebhook()).toMatchObject({ ok: true, status: 200 });
  });

  test("an endpoint that fails the handshake receives nothing", async () => {
    const wrongToken = await startWebhookReceiver({ verifyToken: "another-token" });
    try {
      await start({ webhookUrl: wrongToken.url, webhook: { retryScheduleMs: [0, 20], requireVerification: true } });
      server.emulator.control.sendText(AMARA.waId, "hi");
      await waitUntil(() => (server.emulator.control.deliveryLog()[0]?.attempts.length ?? 0) >= 2);
      expect(server.emulator.control.deliveryLog()[0]?.attempts[0]?.error).toMatch(/^Webhook not verified/);
      expect(await server.emulator.control.verifyWebhook()).toMatchObject({ ok: false, status: 403 });
      expect(wrongToken.received).toHaveLength(0);
    } finally {
      await wrongToken.close();
    }
  });
});
