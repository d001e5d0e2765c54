import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { graphErrorEnvelopeSchema } from "@/lib/whatsapp/cloud-api/graph-errors";
import { messageTemplateListSchema } from "@/lib/whatsapp/cloud-api/message-template";
import { sendMessageResponseSchema } from "@/lib/whatsapp/cloud-api/send-response";
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
  textMessage,
} from "./testing/emulator-test-fixtures";
import { type EmulatorServer, startEmulatorServer } from "./testing/start-emulator-server";
import { type WebhookReceiver, startWebhookReceiver } from "./testing/start-webhook-receiver";

const HOUR = 60 * 60 * 1000;

let receiver: WebhookReceiver;
let server: EmulatorServer;
let messagesUrl: string;

beforeEach(async () => {
  receiver = await startWebhookReceiver({ verifyToken: TEST_VERIFY_TOKEN });
  server = await startEmulatorServer({
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    webhookUrl: receiver.url,
    business: TEST_BUSINESS,
    statusDelaysMs: FAST_STATUSES,
    webhook: { retryScheduleMs: [0, 20, 50] },
  });
  messagesUrl = `${server.baseUrl}/graph/v24.0/${TEST_BUSINESS.phoneNumberId}/messages`;
  server.emulator.control.upsertCustomer(AMARA);
});

afterEach(async () => {
  await server.close();
  await receiver.close();
});

function buttons(count: number, titleLength = 5) {
  return Array.from({ length: count }, (_, index) => ({ type: "reply", reply: { id: `b${index}`, title: `${index}`.padEnd(titleLength, "x") } }));
}

function interactiveButtons(count: number, titleLength?: number) {
  return {
    messaging_product: "whatsapp",
    to: "+447700900123",
    type: "interactive",
    interactive: { type: "button", body: { text: "Pick one" }, action: { buttons: buttons(count, titleLength) } },
  };
}

function errorOf(body: unknown) {
  const parsed = graphErrorEnvelopeSchema.parse(body);
  return parsed.error;
}

describe("send path: golden validation cases (§9.5)", () => {
  test("4 buttons → 400 / 131009 with Meta's details and envelope", async () => {
    const { status, body } = await postJson(messagesUrl, interactiveButtons(4));
    expect(status).toBe(400);
    expect(body).toStrictEqual({
      error: {
        message: "(#131009) Parameter value is not valid",
        type: "OAuthException",
        code: 131009,
        error_data: { messaging_product: "whatsapp", details: "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3" },
        fbtrace_id: expect.stringMatching(/^[\w-]{20,27}$/),
      },
    });
  });

  test("21-character button title → 131009", async () => {
    const { status, body } = await postJson(messagesUrl, interactiveButtons(1, 21));
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe(131009);
  });

  test("11 list rows → 131009", async () => {
    const rows = Array.from({ length: 11 }, (_, index) => ({ id: `r${index}`, title: `Row ${index}` }));
    const { status, body } = await postJson(messagesUrl, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "interactive",
      interactive: { type: "list", body: { text: "Topics" }, action: { button: "Choose", sections: [{ rows }] } },
    });
    expect(status).toBe(400);
    expect(errorOf(body)).toMatchObject({ code: 131009, error_data: { details: "Total row count exceed max allowed count: 10" } });
  });

  test("missing type object → 131008", async () => {
    const { status, body } = await postJson(messagesUrl, { messaging_product: "whatsapp", to: "+447700900123", type: "image" });
    expect(status).toBe(400);
    expect(errorOf(body)).toMatchObject({ code: 131008, error_data: { details: "The parameter image is required." } });
  });

  test("unknown template → 132001; wrong parameter count → 132000", async () => {
    const unknown = await postJson(messagesUrl, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "template",
      template: { name: "does_not_exist", language: { code: "en" } },
    });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body)).toMatchObject({ code: 132001, error_data: { details: "template name (does_not_exist) does not exist in en" } });

    const wrongCount = await postJson(messagesUrl, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "template",
      template: { name: "order_update", language: { code: "en" }, components: [{ type: "body", parameters: [{ type: "text", text: "Amara" }] }] },
    });
    expect(wrongCount.status).toBe(400);
    expect(errorOf(wrongCount.body).code).toBe(132000);
  });

  test("7 rapid messages to one user → the 7th fails with 131056", async () => {
    server.emulator.control.sendText(AMARA.waId, "hi");
    const results = [];
    for (let index = 0; index < 7; index++) results.push(await postJson(messagesUrl, textMessage("+447700900123", `part ${index}`)));
    expect(results.slice(0, 6).map((result) => result.status)).toStrictEqual([200, 200, 200, 200, 200, 200]);
    expect(results[6]?.status).toBe(429);
    expect(errorOf(results[6]?.body).code).toBe(131056);
    // Other users are not held back by that pair.
    server.emulator.control.upsertCustomer({ waId: "447700900456", profileName: "Tomasz" });
    expect((await postJson(messagesUrl, { ...textMessage("+447700900456", "hello"), type: "text" })).status).toBe(200);
  });

  test("free-form 25 h after the customer's last message → 200, then an async failed status 131047", async () => {
    server.emulator.control.sendText(AMARA.waId, "Where is my order?");
    server.emulator.control.advanceClock(25 * HOUR);
    const { status, body } = await postJson(messagesUrl, textMessage("+447700900123", "Sorry for the wait!"));
    expect(status).toBe(200);
    const wamid = sendMessageResponseSchema.parse(body).messages[0]?.id ?? "";
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), wamid).includes("failed"));
    const failed = receivedEvents(receiver.received).find((event) => event.kind === "status" && event.waMessageId === wamid);
    expect(failed).toMatchObject({ status: "failed", recipientId: AMARA.waId, errors: [{ code: 131047, title: "Re-engagement message" }] });
    expect(statusesOf(receivedEvents(receiver.received), wamid)).toStrictEqual(["failed"]);
    expect(server.emulator.control.conversation(AMARA.waId).at(-1)).toMatchObject({ wamid, status: "failed" });

    // A template still goes through outside the window.
    const template = await postJson(messagesUrl, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "template",
      template: { name: "follow_up_after_window", language: { code: "en" }, components: [{ type: "body", parameters: [{ type: "text", text: "Amara" }] }] },
    });
    expect(template.status).toBe(200);
    expect(sendMessageResponseSchema.parse(template.body).messages[0]?.message_status).toBe("accepted");

    // The knob for a synchronous window error.
    server.emulator.control.setFaults({ windowErrorMode: "sync" });
    const sync = await postJson(messagesUrl, textMessage("+447700900123", "Hello again"));
    expect(sync.status).toBe(400);
    expect(errorOf(sync.body).code).toBe(131047);
  });
});

describe("send path: envelope, auth and Graph surface", () => {
  test("accepted sends answer exactly like §4.2 and are logged as received", async () => {
    server.emulator.control.sendText(AMARA.waId, "hi");
    const raw = JSON.stringify(textMessage("+44 7700 900123", "Thanks, checking now"));
    const response = await fetch(`${server.baseUrl}/graph/${TEST_BUSINESS.phoneNumberId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}`, "content-type": "application/json" },
      body: raw,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toStrictEqual({
      messaging_product: "whatsapp",
      contacts: [{ input: "+44 7700 900123", wa_id: "447700900123" }],
      messages: [{ id: expect.stringMatching(/^wamid\.[A-Za-z0-9+/]+=*$/) }],
    });
    const [logged] = server.emulator.control.sentMessages();
    expect(logged).toMatchObject({ rawBody: raw, phoneNumberId: TEST_BUSINESS.phoneNumberId, response: { status: 200, body } });
  });

  test("auth errors: no token → 400/104, unknown token → 401/190, expired → 401/190/463", async () => {
    const missing = await postJson(messagesUrl, textMessage("+447700900123", "x"), null);
    expect(missing.status).toBe(400);
    expect(errorOf(missing.body)).toMatchObject({ code: 104, message: "An access token is required to request this resource." });
    expect(errorOf(missing.body).error_data).toBeUndefined();

    const wrong = await postJson(messagesUrl, textMessage("+447700900123", "x"), "not-the-token");
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong.body)).toMatchObject({ code: 190, message: "Invalid OAuth access token - Cannot parse access token" });

    server.emulator.control.setFaults({ tokenExpired: true });
    const expired = await postJson(messagesUrl, textMessage("+447700900123", "x"));
    expect(expired.status).toBe(401);
    expect(errorOf(expired.body)).toMatchObject({ code: 190, error_subcode: 463, message: expect.stringMatching(/^Error validating access token: Session has expired/) });

    // ?access_token= works like the header.
    server.emulator.control.setFaults({ tokenExpired: false });
    const templates = await fetch(`${server.baseUrl}/graph/${TEST_BUSINESS.wabaId}/message_templates?access_token=${TEST_ACCESS_TOKEN}`);
    expect(templates.status).toBe(200);
  });

  test("unknown phone-number id, malformed JSON, unknown type", async () => {
    const unknownNumber = await postJson(`${server.baseUrl}/graph/v25.0/999999999999999/messages`, textMessage("+447700900123", "x"));
    expect(unknownNumber.status).toBe(400);
    expect(errorOf(unknownNumber.body)).toMatchObject({ code: 100, error_subcode: 33, type: "GraphMethodException" });

    const malformed = await fetch(messagesUrl, { method: "POST", headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` }, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(errorOf(await malformed.json()).code).toBe(100);

    const poll = await postJson(messagesUrl, { messaging_product: "whatsapp", to: "+447700900123", type: "poll", poll: {} });
    expect(errorOf(poll.body).code).toBe(131051);
  });

  test("recipient equal to the business number → 131021; number without + gets the business country code", async () => {
    const self = await postJson(messagesUrl, textMessage("+15551230000", "x"));
    expect(errorOf(self.body).code).toBe(131021);
    const local = await postJson(messagesUrl, textMessage("(631) 555-1234", "x"));
    expect(sendMessageResponseSchema.parse(local.body).contacts[0]).toStrictEqual({ input: "(631) 555-1234", wa_id: "16315551234" });
    // A customer who never wrote: accepted, then 131047 (no open window).
    expect(server.emulator.control.customer("16315551234")).toMatchObject({ lastInboundAt: null });
  });

  test("fault knobs: throttle (130429), fail next sends sync and async", async () => {
    server.emulator.control.sendText(AMARA.waId, "hi");
    server.emulator.control.setFaults({ throttle: true });
    const throttled = await postJson(messagesUrl, textMessage("+447700900123", "x"));
    expect(throttled.status).toBe(429);
    expect(errorOf(throttled.body).code).toBe(130429);
    server.emulator.control.setFaults({ throttle: false, failNextSends: { count: 2, code: 131000, mode: "sync" } });
    expect(errorOf((await postJson(messagesUrl, textMessage("+447700900123", "x"))).body).code).toBe(131000);
    expect((await postJson(messagesUrl, textMessage("+447700900123", "x"))).status).toBe(500);
    expect((await postJson(messagesUrl, textMessage("+447700900123", "x"))).status).toBe(200);

    server.emulator.control.setFaults({ failNextSends: { count: 1, code: 131026, mode: "async" } });
    const accepted = await postJson(messagesUrl, textMessage("+447700900123", "x"));
    const wamid = sendMessageResponseSchema.parse(accepted.body).messages[0]?.id ?? "";
    await receiver.waitFor(() => statusesOf(receivedEvents(receiver.received), wamid).includes("failed"));
    expect(server.emulator.control.faults().failNextSends).toBeNull();
  });

  test("mark as read and typing indicator answer {success:true} and reach the simulator", async () => {
    const { wamid } = server.emulator.control.sendText(AMARA.waId, "Hello?");
    const events: string[] = [];
    const unsubscribe = server.emulator.control.subscribe((event) => events.push(event.type));
    const read = await postJson(messagesUrl, { messaging_product: "whatsapp", status: "read", message_id: wamid, typing_indicator: { type: "text" } });
    unsubscribe();
    expect(read).toStrictEqual({ status: 200, body: { success: true } });
    expect(events).toStrictEqual(["business-read"]);
    expect(server.emulator.control.conversation(AMARA.waId)[0]).toMatchObject({ direction: "inbound", readByBusiness: true });

    const unknown = await postJson(messagesUrl, { messaging_product: "whatsapp", status: "read", message_id: "wamid.nope" });
    expect(errorOf(unknown.body).code).toBe(131009);
  });

  test("GET message_templates lists the default set with paging", async () => {
    const first = await fetch(`${server.baseUrl}/graph/v24.0/${TEST_BUSINESS.wabaId}/message_templates?limit=5`, { headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` } });
    const page = messageTemplateListSchema.parse(await first.json());
    expect(page.data).toHaveLength(5);
    expect(page.paging?.next).toBeDefined();
    const next = await fetch(page.paging?.next ?? "", { headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` } });
    const second = messageTemplateListSchema.parse(await next.json());
    expect(second.data[0]?.id).not.toBe(page.data[0]?.id);

    const filtered = await fetch(`${server.baseUrl}/graph/${TEST_BUSINESS.wabaId}/message_templates?name=order_update`, {
      headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` },
    });
    const languages = messageTemplateListSchema.parse(await filtered.json()).data.map((template) => template.language);
    expect(languages.sort()).toStrictEqual(["de", "en", "es", "fr", "nl", "pt"]);
  });

  test("paths outside the emulator are left alone", async () => {
    const response = await fetch(`${server.origin}/api/whatsapp/webhook`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("not the emulator");
  });
});
