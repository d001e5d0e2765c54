import type { IncomingMessage } from "node:http";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { EmulatorEvent } from "./event-hub";
import { AMARA, FAST_STATUSES, TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN, postJson, receivedEvents } from "./testing/emulator-test-fixtures";
import { type EmulatorServer, startEmulatorServer } from "./testing/start-emulator-server";
import { type WebhookReceiver, startWebhookReceiver } from "./testing/start-webhook-receiver";

const CONTROL_SECRET = "let-me-in";

let receiver: WebhookReceiver;
let server: EmulatorServer;
let control: string;

beforeEach(async () => {
  receiver = await startWebhookReceiver({ verifyToken: TEST_VERIFY_TOKEN });
  server = await startEmulatorServer({
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    webhookUrl: receiver.url,
    business: TEST_BUSINESS,
    statusDelaysMs: FAST_STATUSES,
    authorize: async (req: IncomingMessage) => req.headers["x-control-secret"] === CONTROL_SECRET,
  });
  control = `${server.baseUrl}/control`;
});

afterEach(async () => {
  await server.close();
  await receiver.close();
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${control}${path}`, {
    method,
    headers: { "x-control-secret": CONTROL_SECRET, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

// Reads SSE frames from a fetch body until `count` events arrived.
async function collectEvents(response: Response, count: number): Promise<EmulatorEvent[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no stream");
  const decoder = new TextDecoder();
  const events: EmulatorEvent[] = [];
  let buffered = "";
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let boundary = buffered.indexOf("\n\n");
    while (boundary !== -1) {
      const frame = buffered.slice(0, boundary);
      buffered = buffered.slice(boundary + 2);
      const data = frame.split("\n").find((line) => line.startsWith("data: "));
      if (data) events.push(JSON.parse(data.slice(6)));
      boundary = buffered.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
}

describe("control HTTP API", () => {
  test("answers 401 JSON when authorize refuses", async () => {
    const response = await fetch(`${control}/customers`);
    expect(response.status).toBe(401);
    expect(await response.json()).toStrictEqual({ error: { code: "unauthorized:whatsapp", message: expect.any(String) } });
  });

  test("customers, inbound text, conversation, sent messages and deliveries", async () => {
    expect(await call("POST", "/customers", { waId: AMARA.waId, profileName: AMARA.profileName })).toMatchObject({ status: 200, body: { waId: AMARA.waId, readReceipts: true } });
    expect(await call("GET", "/customers")).toMatchObject({ body: { data: [{ waId: AMARA.waId }] } });

    const inbound = await call("POST", `/customers/${AMARA.waId}/text`, { text: "Hi! Où est mon colis ?" });
    expect(inbound).toMatchObject({ status: 200, body: { wamid: expect.stringMatching(/^wamid\./) } });
    await receiver.waitFor((received) => received.length === 1);
    expect(receivedEvents(receiver.received)[0]).toMatchObject({ kind: "message", body: "Hi! Où est mon colis ?", profileName: AMARA.profileName });

    await postJson(`${server.baseUrl}/graph/${TEST_BUSINESS.phoneNumberId}/messages`, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "text",
      text: { body: "On its way!" },
    });
    const conversation = await call("GET", `/customers/${AMARA.waId}/conversation`);
    expect(conversation).toMatchObject({ status: 200, body: { data: [{ direction: "inbound" }, { direction: "outbound", text: "On its way!" }] } });
    expect(await call("GET", "/sent-messages")).toMatchObject({ body: { data: [{ response: { status: 200 } }] } });
    const deliveries = await call("GET", "/deliveries");
    expect(deliveries.body).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ state: "delivered", copy: 0 })]) });
  });

  test("media as base64 JSON and as multipart; button taps; faults; clock; reset", async () => {
    await call("POST", "/customers", { waId: AMARA.waId, profileName: AMARA.profileName });
    const json = await call("POST", `/customers/${AMARA.waId}/media`, { base64: Buffer.from("%PDF-1.7").toString("base64"), mimeType: "application/pdf", fileName: "receipt.pdf", caption: "Receipt" });
    expect(json.status).toBe(200);

    const form = new FormData();
    form.set("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: "image/jpeg" }), "box.jpg");
    form.set("caption", "Damaged");
    const multipart = await fetch(`${control}/customers/${AMARA.waId}/media`, { method: "POST", headers: { "x-control-secret": CONTROL_SECRET }, body: form });
    expect(multipart.status).toBe(200);
    await receiver.waitFor((received) => received.length === 2);
    expect(receivedEvents(receiver.received).map((event) => event.kind === "message" && [event.type, event.body])).toStrictEqual([
      ["document", "Receipt"],
      ["image", "Damaged"],
    ]);
    const document = receivedEvents(receiver.received)[0];
    const stored = await fetch(`${control}/media/${document?.kind === "message" ? document.media?.id : ""}`, { headers: { "x-control-secret": CONTROL_SECRET } });
    expect(await stored.text()).toBe("%PDF-1.7");

    expect(await call("POST", `/customers/${AMARA.waId}/tap-button`, { messageId: "wamid.nope", buttonId: "x" })).toMatchObject({ status: 404, body: { error: { code: "not_found:whatsapp" } } });
    expect(await call("PUT", "/faults", { duplicateDeliveries: 1, throttle: true })).toMatchObject({ status: 200, body: { duplicateDeliveries: 1, throttle: true, reorder: null } });
    expect(await call("PUT", "/faults", { duplicateDeliveries: -1 })).toMatchObject({ status: 400, body: { error: { code: "bad_request:whatsapp" } } });

    const before = (await call("GET", "/clock")).body;
    const after = await call("POST", "/clock/advance", { ms: 3_600_000 });
    expect(Date.parse((after.body as { now: string }).now) - Date.parse((before as { now: string }).now)).toBeGreaterThanOrEqual(3_600_000);

    expect(await call("POST", "/reset")).toStrictEqual({ status: 200, body: { ok: true } });
    expect(await call("GET", "/customers")).toMatchObject({ body: { data: [] } });
    expect(await call("GET", "/faults")).toMatchObject({ body: { throttle: false, duplicateDeliveries: 0 } });
    expect(await call("GET", "/nothing-here")).toMatchObject({ status: 404 });
  });

  test("GET /customers/:waId/events streams that customer's events as SSE", async () => {
    await call("POST", "/customers", { waId: AMARA.waId, profileName: AMARA.profileName });
    await call("POST", "/customers", { waId: "447700900456", profileName: "Tomasz" });
    const stream = await fetch(`${control}/customers/${AMARA.waId}/events`, { headers: { "x-control-secret": CONTROL_SECRET } });
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const collecting = collectEvents(stream, 5);

    await call("POST", "/customers/447700900456/text", { text: "not for this stream" });
    await call("POST", `/customers/${AMARA.waId}/text`, { text: "hello" });
    await postJson(`${server.baseUrl}/graph/${TEST_BUSINESS.phoneNumberId}/messages`, {
      messaging_product: "whatsapp",
      to: "+447700900123",
      type: "interactive",
      interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [{ type: "reply", reply: { id: "a", title: "A" } }] } },
    });

    const events = await collecting;
    expect(events.map((event) => event.type)).toStrictEqual(["inbound", "outbound", "status", "status", "status"]);
    expect(events.every((event) => event.waId === AMARA.waId)).toBe(true);
    const outbound = events[1];
    expect(outbound?.type === "outbound" && outbound.entry.request.type === "interactive" && outbound.entry.request.interactive.type).toBe("button");
    expect(events.slice(2).map((event) => event.type === "status" && event.status)).toStrictEqual(["sent", "delivered", "read"]);
  });
});
