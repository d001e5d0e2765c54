import { describe, expect, test } from "vitest";
import {
  type BusinessNumber,
  type InboundMessageHead,
  batchWebhookPayloads,
  buildInboundMessagePayload,
  buildInteractiveMessage,
  buildMediaMessage,
  buildReactionMessage,
  buildStatus,
  buildStatusPayload,
  buildTextMessage,
  buildWebhookError,
} from "./build-payload";
import type { WebhookEvent } from "./events";
import { SIGNATURE_VECTOR } from "./fixtures/signature-vector";
import { parseWebhookPayload } from "./parse";
import { messagesWebhookPayloadSchema } from "./schema";
import { serializeLikeMeta } from "./serialize-like-meta";
import { signWebhookBody, verifyWebhookSignature } from "./verify-signature";

const BUSINESS: BusinessNumber = {
  wabaId: "109876543210987",
  phoneNumberId: "123456789012345",
  displayPhoneNumber: "15551230000",
};
const AMARA = { waId: "447700900123", profileName: "Amara Okafor" };
const OUR_MESSAGE = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQzk2N0E2NENCMTQwMjhENTEyAA==";
const SENT_AT = new Date(1795312000_000);

function head(id: string, extra: Partial<InboundMessageHead> = {}): InboundMessageHead {
  return { id, from: AMARA.waId, timestamp: SENT_AT, ...extra };
}

// What the product will see: serialise like Meta, then parse the bytes back.
function deliver(payload: unknown): WebhookEvent[] {
  const result = parseWebhookPayload(JSON.parse(serializeLikeMeta(payload)));
  if (!result.ok) throw new Error(result.reason);
  return result.events;
}

describe("build-payload", () => {
  test("rebuilds the reference signature vector byte for byte", () => {
    const payload = buildInboundMessagePayload(BUSINESS, { waId: "447700900123", profileName: "Zoë" }, [
      buildTextMessage(
        { id: "wamid.TEST", from: "447700900123", timestamp: new Date(1763789000_000) },
        "café \u{1F600} https://x.io/a",
      ),
    ]);
    const body = serializeLikeMeta(payload);
    expect(body).toBe(SIGNATURE_VECTOR.body);
    expect(signWebhookBody(body, SIGNATURE_VECTOR.appSecret)).toBe(SIGNATURE_VECTOR.header);
  });

  test("a signature over serializeLikeMeta output verifies against the bytes on the wire", () => {
    const payload = buildInboundMessagePayload(BUSINESS, AMARA, [
      buildTextMessage(head("wamid.SIGNED"), "Où est mon colis ? \u{1F4E6} Voir https://shop.example/orders/A-1042"),
    ]);
    const wire = Buffer.from(serializeLikeMeta(payload), "utf8");
    const signature = signWebhookBody(wire, "app-secret");
    expect(verifyWebhookSignature(wire, signature, "app-secret")).toStrictEqual({ ok: true });
    // The classic mistake: verifying a re-serialised body instead of the received bytes.
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(wire.toString("utf8"))), "utf8");
    expect(verifyWebhookSignature(reserialised, signature, "app-secret")).toStrictEqual({
      ok: false,
      reason: "signature_mismatch",
    });
  });

  test("inbound text, with reply context, parses to the expected event", () => {
    const payload = buildInboundMessagePayload(BUSINESS, AMARA, [
      buildTextMessage(head("wamid.TEXT", { context: { from: BUSINESS.displayPhoneNumber, id: OUR_MESSAGE } }), "Yes"),
    ]);
    expect(messagesWebhookPayloadSchema.safeParse(payload).success).toBe(true);
    expect(deliver(payload)).toStrictEqual([
      {
        kind: "message",
        phoneNumberId: BUSINESS.phoneNumberId,
        displayPhoneNumber: BUSINESS.displayPhoneNumber,
        waId: AMARA.waId,
        profileName: AMARA.profileName,
        waMessageId: "wamid.TEXT",
        timestamp: SENT_AT,
        type: "text",
        body: "Yes",
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        errors: [],
        payload: {
          context: { from: BUSINESS.displayPhoneNumber, id: OUR_MESSAGE },
          from: AMARA.waId,
          id: "wamid.TEXT",
          timestamp: "1795312000",
          type: "text",
          text: { body: "Yes" },
        },
      },
    ]);
  });

  test("media messages of every kind", () => {
    const payload = buildInboundMessagePayload(BUSINESS, AMARA, [
      buildMediaMessage(head("wamid.IMG"), { kind: "image", id: "1001", mimeType: "image/jpeg", sha256: "aGFzaA==", caption: "Dented" }),
      buildMediaMessage(head("wamid.VID"), { kind: "video", id: "1002", mimeType: "video/mp4" }),
      buildMediaMessage(head("wamid.VOICE"), { kind: "audio", id: "1003", mimeType: "audio/ogg; codecs=opus", voice: true }),
      buildMediaMessage(head("wamid.AUDIO"), { kind: "audio", id: "1004", mimeType: "audio/mpeg", voice: false }),
      buildMediaMessage(head("wamid.DOC"), { kind: "document", id: "1005", mimeType: "application/pdf", fileName: "invoice.pdf" }),
      buildMediaMessage(head("wamid.STICKER"), { kind: "sticker", id: "1006", mimeType: "image/webp", animated: true }),
    ]);
    expect(deliver(payload).map((event) => (event.kind === "message" ? [event.type, event.body, event.media] : null))).toStrictEqual([
      ["image", "Dented", { id: "1001", mimeType: "image/jpeg", sha256: "aGFzaA==", caption: "Dented" }],
      ["video", null, { id: "1002", mimeType: "video/mp4" }],
      ["voice", null, { id: "1003", mimeType: "audio/ogg; codecs=opus", voice: true }],
      ["audio", null, { id: "1004", mimeType: "audio/mpeg", voice: false }],
      ["document", null, { id: "1005", mimeType: "application/pdf", fileName: "invoice.pdf" }],
      ["sticker", null, { id: "1006", mimeType: "image/webp" }],
    ]);
  });

  test("interactive replies: button, list row and Flow submission", () => {
    const context = { from: BUSINESS.displayPhoneNumber, id: OUR_MESSAGE };
    const payload = buildInboundMessagePayload(BUSINESS, AMARA, [
      buildInteractiveMessage(head("wamid.BTN", { context }), { kind: "button_reply", id: "refund", title: "Request refund" }),
      buildInteractiveMessage(head("wamid.LIST", { context }), { kind: "list_reply", id: "topic_delivery", title: "Delivery problem" }),
      buildInteractiveMessage(head("wamid.FLOW", { context }), { kind: "nfm_reply", response: { csat: "5", flow_token: "ticket-8812" } }),
    ]);
    const events = deliver(payload);
    expect(events.map((event) => (event.kind === "message" ? [event.type, event.body, event.replyTo] : null))).toStrictEqual([
      ["interactive", "Request refund", OUR_MESSAGE],
      ["interactive", "Delivery problem", OUR_MESSAGE],
      ["interactive", "Sent", OUR_MESSAGE],
    ]);
    expect(events[2]?.kind === "message" && events[2].payload.interactive).toStrictEqual({
      type: "nfm_reply",
      nfm_reply: { name: "flow", body: "Sent", response_json: '{"csat":"5","flow_token":"ticket-8812"}' },
    });
  });

  test("reaction and its removal (emoji key omitted, as Meta does)", () => {
    const added = buildReactionMessage(head("wamid.R1"), { messageId: OUR_MESSAGE, emoji: "\u{1F44D}" });
    const removed = buildReactionMessage(head("wamid.R2"), { messageId: OUR_MESSAGE, emoji: null });
    expect(removed.reaction).toStrictEqual({ message_id: OUR_MESSAGE });
    expect(serializeLikeMeta(added.reaction)).toBe(String.raw`{"message_id":"${OUR_MESSAGE}","emoji":"\ud83d\udc4d"}`);
    const events = deliver(buildInboundMessagePayload(BUSINESS, AMARA, [added, removed]));
    expect(events.map((event) => (event.kind === "message" ? [event.type, event.body, event.replyTo] : null))).toStrictEqual([
      ["reaction", "\u{1F44D}", OUR_MESSAGE],
      ["reaction", null, OUR_MESSAGE],
    ]);
  });

  test("a system message is sent without contacts[]", () => {
    const payload = buildInboundMessagePayload(BUSINESS, AMARA, [
      {
        from: AMARA.waId,
        id: "wamid.SYS",
        timestamp: "1795312000",
        type: "system",
        system: { body: "User Amara Okafor changed from 447700900123 to 447700900789", wa_id: "447700900789", type: "user_changed_number" },
      },
    ]);
    expect(payload.entry[0]?.changes[0]?.value.contacts).toBeUndefined();
    expect(deliver(payload)).toMatchObject([{ type: "system", profileName: null }]);
  });

  test("a customer without a profile name gets an empty profile", () => {
    const payload = buildInboundMessagePayload(BUSINESS, { waId: "447700900123" }, [buildTextMessage(head("wamid.ANON"), "hi")]);
    expect(payload.entry[0]?.changes[0]?.value.contacts).toStrictEqual([{ profile: {}, wa_id: "447700900123" }]);
    expect(deliver(payload)).toMatchObject([{ profileName: null }]);
  });

  test("statuses: sent with pricing, failed with an error, and no contacts[]", () => {
    const payload = buildStatusPayload(BUSINESS, [
      buildStatus({
        waMessageId: OUR_MESSAGE,
        status: "sent",
        timestamp: new Date(1795313000_000),
        recipientId: AMARA.waId,
        bizOpaqueCallbackData: "ticket:8812",
        pricing: { billable: false, pricing_model: "PMP", type: "free_customer_service", category: "service" },
      }),
      buildStatus({
        waMessageId: "wamid.FAILED",
        status: "failed",
        timestamp: new Date(1795399999_000),
        recipientId: AMARA.waId,
        errors: [buildWebhookError({ code: 131047, title: "Re-engagement message", details: "More than 24 hours have passed." })],
      }),
    ]);
    const value = payload.entry[0]?.changes[0]?.value;
    expect(value?.contacts).toBeUndefined();
    expect(value?.statuses?.[0]).toStrictEqual({
      id: OUR_MESSAGE,
      status: "sent",
      timestamp: "1795313000",
      recipient_id: AMARA.waId,
      biz_opaque_callback_data: "ticket:8812",
      pricing: { billable: false, pricing_model: "PMP", type: "free_customer_service", category: "service" },
    });
    expect(deliver(payload).map((event) => (event.kind === "status" ? [event.status, event.errors] : null))).toStrictEqual([
      ["sent", []],
      [
        "failed",
        [{ code: 131047, title: "Re-engagement message", message: "Re-engagement message", details: "More than 24 hours have passed." }],
      ],
    ]);
  });

  test("batching payloads keeps every entry, in order", () => {
    const first = buildInboundMessagePayload(BUSINESS, AMARA, [buildTextMessage(head("wamid.B1"), "one")]);
    const second = buildStatusPayload(BUSINESS, [
      buildStatus({ waMessageId: OUR_MESSAGE, status: "read", timestamp: SENT_AT, recipientId: AMARA.waId }),
    ]);
    const batch = batchWebhookPayloads([first, second]);
    expect(batch.entry).toHaveLength(2);
    expect(deliver(batch).map((event) => event.kind)).toStrictEqual(["message", "status"]);
  });
});
