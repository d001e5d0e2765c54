import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { graphErrorEnvelopeSchema } from "@/lib/whatsapp/cloud-api/graph-errors";
import { mediaMetadataSchema, mediaUploadResponseSchema } from "@/lib/whatsapp/cloud-api/media-schema";
import type { InboundMessageEvent } from "@/lib/whatsapp/webhook/events";
import { AMARA, TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN, receivedEvents } from "./testing/emulator-test-fixtures";
import { type EmulatorServer, startEmulatorServer } from "./testing/start-emulator-server";
import { type WebhookReceiver, startWebhookReceiver } from "./testing/start-webhook-receiver";

const AUTH = { authorization: `Bearer ${TEST_ACCESS_TOKEN}` };
// A few bytes that start like a JPEG; the emulator checks type and size, not pixels.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

let receiver: WebhookReceiver;
let server: EmulatorServer;

beforeEach(async () => {
  receiver = await startWebhookReceiver({ verifyToken: TEST_VERIFY_TOKEN });
  server = await startEmulatorServer({
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    webhookUrl: receiver.url,
    business: TEST_BUSINESS,
  });
});

afterEach(async () => {
  await server.close();
  await receiver.close();
});

async function upload(bytes: Buffer, mimeType: string, fileName = "photo.jpg"): Promise<Response> {
  const form = new FormData();
  form.set("messaging_product", "whatsapp");
  form.set("type", mimeType);
  form.set("file", new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
  return fetch(`${server.baseUrl}/graph/v24.0/${TEST_BUSINESS.phoneNumberId}/media`, { method: "POST", headers: AUTH, body: form });
}

async function metadata(mediaId: string) {
  const response = await fetch(`${server.baseUrl}/graph/v24.0/${mediaId}`, { headers: AUTH });
  expect(response.status).toBe(200);
  return mediaMetadataSchema.parse(await response.json());
}

describe("media (§5, golden sequence of §9.5)", () => {
  test("upload → GET URL → download needs the token → 404 after 5 minutes → GET again gives a new URL", async () => {
    const uploaded = await upload(JPEG, "image/jpeg");
    expect(uploaded.status).toBe(200);
    const { id } = mediaUploadResponseSchema.parse(await uploaded.json());
    expect(id).toMatch(/^\d{15,17}$/);

    const first = await metadata(id);
    expect(first).toStrictEqual({
      messaging_product: "whatsapp",
      url: expect.stringContaining(`${server.baseUrl}/media-download/`),
      mime_type: "image/jpeg",
      sha256: createHash("sha256").update(JPEG).digest("hex"),
      file_size: JPEG.length,
      id,
    });

    const anonymous = await fetch(first.url);
    expect(anonymous.ok).toBe(false);
    expect(graphErrorEnvelopeSchema.parse(await anonymous.json()).error.code).toBe(104);

    const download = await fetch(first.url, { headers: AUTH });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await download.arrayBuffer())).toStrictEqual(JPEG);

    server.emulator.control.advanceClock(5 * 60 * 1000);
    expect((await fetch(first.url, { headers: AUTH })).status).toBe(404);

    const second = await metadata(id);
    expect(second.url).not.toBe(first.url);
    const again = await fetch(second.url, { headers: AUTH });
    expect(Buffer.from(await again.arrayBuffer())).toStrictEqual(JPEG);
  });

  test("delete, ownership check and unknown ids", async () => {
    const { id } = mediaUploadResponseSchema.parse(await (await upload(JPEG, "image/jpeg")).json());
    const foreign = await fetch(`${server.baseUrl}/graph/${id}?phone_number_id=999`, { headers: AUTH });
    expect(graphErrorEnvelopeSchema.parse(await foreign.json()).error).toMatchObject({ code: 100, error_subcode: 33 });

    const deleted = await fetch(`${server.baseUrl}/graph/v24.0/${id}`, { method: "DELETE", headers: AUTH });
    expect(await deleted.json()).toStrictEqual({ success: true });
    const gone = await fetch(`${server.baseUrl}/graph/v24.0/${id}`, { headers: AUTH });
    expect(gone.status).toBe(400);
  });

  test("MIME and size limits → 131053; missing parts → 131008", async () => {
    const gif = await upload(Buffer.from("GIF89a"), "image/gif", "x.gif");
    expect(gif.status).toBe(400);
    expect(graphErrorEnvelopeSchema.parse(await gif.json()).error.code).toBe(131053);

    const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 1), "image/png", "big.png");
    expect(graphErrorEnvelopeSchema.parse(await huge.json()).error.code).toBe(131053);

    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    const noFile = await fetch(`${server.baseUrl}/graph/${TEST_BUSINESS.phoneNumberId}/media`, { method: "POST", headers: AUTH, body: form });
    expect(graphErrorEnvelopeSchema.parse(await noFile.json()).error).toMatchObject({ code: 131008, error_data: { details: "The parameter file is required." } });
  });

  test("customer media is stored and announced like Meta: base64 sha256 in the webhook, hex on GET", async () => {
    server.emulator.control.upsertCustomer(AMARA);
    const voice = Buffer.from("OggS-fake-opus-voice-note");
    server.emulator.control.sendMedia(AMARA.waId, { bytes: voice, mimeType: "audio/ogg; codecs=opus", voice: true });
    server.emulator.control.sendMedia(AMARA.waId, { bytes: JPEG, mimeType: "image/jpeg", caption: "The box arrived damaged" });
    await receiver.waitFor((received) => received.length === 2);

    const events = receivedEvents(receiver.received).filter((event): event is InboundMessageEvent => event.kind === "message");
    const voiceEvent = events.find((event) => event.type === "voice");
    const imageEvent = events.find((event) => event.type === "image");
    expect(voiceEvent?.media).toMatchObject({ mimeType: "audio/ogg; codecs=opus", voice: true, sha256: createHash("sha256").update(voice).digest("base64") });
    expect(imageEvent).toMatchObject({ body: "The box arrived damaged", media: { mimeType: "image/jpeg" } });

    const meta = await metadata(imageEvent?.media?.id ?? "");
    expect(meta.sha256).toBe(createHash("sha256").update(JPEG).digest("hex"));
    const bytes = await fetch(meta.url, { headers: AUTH });
    expect(Buffer.from(await bytes.arrayBuffer())).toStrictEqual(JPEG);
  });
});

describe("sending uploaded media", () => {
  test("an uploaded image goes out by id; an unknown id or a mismatched type fails asynchronously with 131053", async () => {
    server.emulator.control.upsertCustomer(AMARA);
    server.emulator.control.sendText(AMARA.waId, "Can you send me a photo?");
    const { id } = mediaUploadResponseSchema.parse(await (await upload(JPEG, "image/jpeg")).json());
    const messages = `${server.baseUrl}/graph/v24.0/${TEST_BUSINESS.phoneNumberId}/messages`;
    const sendMedia = async (type: string, mediaId: string) => {
      const response = await fetch(messages, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: JSON.stringify({ messaging_product: "whatsapp", to: "+447700900123", type, [type]: { id: mediaId } }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { messages: { id: string }[] }).messages[0]?.id ?? "";
    };
    const ok = await sendMedia("image", id);
    const asAudio = await sendMedia("audio", id);
    const unknown = await sendMedia("image", "1234567890123456");
    await receiver.waitFor(() => {
      const events = receivedEvents(receiver.received);
      return [asAudio, unknown].every((wamid) => events.some((event) => event.kind === "status" && event.waMessageId === wamid && event.status === "failed"));
    });
    const failures = receivedEvents(receiver.received).flatMap((event) => (event.kind === "status" && event.status === "failed" ? [event.errors[0]?.code] : []));
    expect(failures).toStrictEqual([131053, 131053]);
    expect(server.emulator.control.conversation(AMARA.waId).find((entry) => entry.wamid === ok)).toMatchObject({ direction: "outbound", type: "image" });
  });
});
