import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildMessagesWebhook, buildTextMessage } from "./build-payload";
import type { WebhookEvent } from "./events";
import { parseWebhookPayload } from "./parse";

// Golden tests: every fixture in ./fixtures is a webhook shaped like Meta's (cloud-api.md §3), and
// each test spells out the exact events it must normalise to.

const BUSINESS = { phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" } as const;
const FROM_AMARA = {
  kind: "message",
  ...BUSINESS,
  waId: "447700900123",
  profileName: "Amara Okafor",
  errors: [],
} as const;
// The business message that held the buttons, and that most statuses below are about.
const OUR_MESSAGE = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQzk2N0E2NENCMTQwMjhENTEyAA==";

describe("parseWebhookPayload: inbound message fixtures", () => {
  test("text", () => {
    const json = fixture("text");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQTRDMTIzQjE2MTJERDI3MkQxMzcA",
        timestamp: unix(1795312000),
        type: "text",
        body: "Hi, my order #A-1042 hasn't arrived yet",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("image with caption (and the newer url field, left in payload)", () => {
    const json = fixture("image");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUMUMxNzE0OUQ0Mzk1MzZCMzIxNkYA",
        timestamp: unix(1795312060),
        type: "image",
        body: "The box arrived damaged",
        media: {
          id: "1834259076412345",
          mimeType: "image/jpeg",
          sha256: "p0J4m2Vb1xX8dQ6rWcF9yT3kLs7uN5eHaZ1oGqB2iEw=",
          caption: "The box arrived damaged",
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("voice note: audio with voice=true is stored as voice", () => {
    const json = fixture("voice");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUREFFRUI5NzU3MjlGQUU5MjNENUEA",
        timestamp: unix(1795312120),
        type: "voice",
        body: null,
        media: {
          id: "2950183746501234",
          mimeType: "audio/ogg; codecs=opus",
          sha256: "Qm9x3kT7vW2pL8sJ1cY5nA0dF6gH4bR9eZuXiOq2MtE=",
          voice: true,
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("forwarded audio file: voice=false stays audio", () => {
    const json = fixture("audio");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNEZEMTJBQUJGRTIyOEYyMTlFOUMA",
        timestamp: unix(1795312150),
        type: "audio",
        body: null,
        media: {
          id: "3016472958301234",
          mimeType: "audio/mpeg",
          sha256: "h2Kx7Lw0pQ9sV3bN6yT1cF8dR4mZ5aJ2eUoGiWqYtB0=",
          voice: false,
        },
        replyTo: null,
        forwarded: true,
        payload: rawMessage(json),
      },
    ]);
  });

  test("video", () => {
    const json = fixture("video");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQjBFQjUzRjE2OTQ3Q0NGMjVFQzgA",
        timestamp: unix(1795312200),
        type: "video",
        body: "It makes this noise",
        media: {
          id: "4127583920412345",
          mimeType: "video/mp4",
          sha256: "Zx8cV2bN5mL1kJ7hG4fD9sA3qW6eR0tYuIoPaSdFgHk=",
          caption: "It makes this noise",
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("document with file name and caption", () => {
    const json = fixture("document");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNEQ4REJDNzQyNTQ3NzBGNTg5MDQA",
        timestamp: unix(1795312260),
        type: "document",
        body: "Receipt",
        media: {
          id: "5238694031523456",
          mimeType: "application/pdf",
          sha256: "Tn4bM8vC1xZ6lK3jH9gF2dS5aQ7wE0rYuIoP1aSdFgE=",
          fileName: "receipt-A1042.pdf",
          caption: "Receipt",
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("sticker", () => {
    const json = fixture("sticker");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUREJBNDFFQ0NDQzNGQzE2MjZFNTMA",
        timestamp: unix(1795312300),
        type: "sticker",
        body: null,
        media: {
          id: "6349705142634567",
          mimeType: "image/webp",
          sha256: "Yb7nM2cV5xZ8lK1jH4gF9dS3aQ6wE0rTuIoP2aSdFgQ=",
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("location of a chosen place: body is name and address", () => {
    const json = fixture("location");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQTEzMDQzQjAyNkM0OEJCRjMzRkUA",
        timestamp: unix(1795312360),
        type: "location",
        body: "Parcel locker — Victoria St\n12 Victoria St, London SW1H 0NB",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("dropped pin: coordinates only, no body", () => {
    const json = fixture("location-pin");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNUE3QjJDOUQxRTRGNjA4MzcyQTEA",
        timestamp: unix(1795312370),
        type: "location",
        body: null,
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("shared contact: body is the contact's name", () => {
    const json = fixture("contacts");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgURkY5MjQzQThGNTA2QjQwOTI4QjUA",
        timestamp: unix(1795312420),
        type: "contacts",
        body: "Tomasz Nowak",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("reply-button tap: body is the title, replyTo the message with the buttons", () => {
    const json = fixture("interactive-button-reply");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQjdBNzY3Qzc2RkIwMDhGODZCRUIA",
        timestamp: unix(1795312480),
        type: "interactive",
        body: "Request refund",
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("list row: body is the row title", () => {
    const json = fixture("interactive-list-reply");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQjI3MzdGNkE2RjBGQjIzQzZGNUQA",
        timestamp: unix(1795312540),
        type: "interactive",
        body: "Delivery problem",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQzk3OTFFNTU4RTA4QkFBNzE5AA==",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("flow submission (nfm_reply): body is what WhatsApp shows, response stays in payload", () => {
    const json = fixture("interactive-flow-reply");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQTJDRUMyNTU0MDRFNEZCNDQwMDMA",
        timestamp: unix(1795312600),
        type: "interactive",
        body: "Sent",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSNkI1MEFDMkY4NjcwMjgyNEMxAA==",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("template quick-reply button: body is the label", () => {
    const json = fixture("button");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNEQ2NjA4Njk3QThENDFCRUQ0NDAA",
        timestamp: unix(1795312660),
        type: "button",
        body: "Reopen ticket",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQzA5OTcyNENBRjQ5NDFENDA3AA==",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("reaction: body is the emoji, replyTo the message reacted to", () => {
    const json = fixture("reaction");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgURTUwNDU0RjMxQUYzMTc2ODEzRTAA",
        timestamp: unix(1795312720),
        type: "reaction",
        body: "\u{1F44D}",
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("reaction removed, with the emoji key omitted and with an empty emoji", () => {
    const json = fixture("reaction-removed");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUM0I4RDFGMjdBOUM2NDBFNTFEN0IA",
        timestamp: unix(1795312730),
        type: "reaction",
        body: null,
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        payload: rawMessage(json, 0),
      },
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUOUUyQTdDNEI2RDgxRjM1MEE5QzIA",
        timestamp: unix(1795312735),
        type: "reaction",
        body: null,
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        payload: rawMessage(json, 1),
      },
    ]);
  });

  test("swipe-reply to an earlier message", () => {
    const json = fixture("reply");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUMjY5MzRCNDg0RTczQ0Y1NzVEQ0EA",
        timestamp: unix(1795312840),
        type: "text",
        body: "Yes, that's the right address",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSMjAxNEIzQ0UxMDdGODBFMjIyAA==",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("frequently forwarded text counts as forwarded", () => {
    const json = fixture("forwarded");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUN0M1RTlBMkIzRDRGODE2MEUyNTcA",
        timestamp: unix(1795312870),
        type: "text",
        body: "Is this delivery text from you? It asks me to pay a customs fee",
        media: null,
        replyTo: null,
        forwarded: true,
        payload: rawMessage(json),
      },
    ]);
  });

  test("click-to-WhatsApp ad: a text message, the referral kept in payload", () => {
    const json = fixture("referral");
    const [event] = events(json);
    expect(event).toStrictEqual({
      ...FROM_AMARA,
      waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUODE1ODREOEM0RkEyODE1RDI4MDIA",
      timestamp: unix(1795312900),
      type: "text",
      body: "Do these come in size 43?",
      media: null,
      replyTo: null,
      forwarded: false,
      payload: rawMessage(json),
    });
    expect(event?.kind === "message" && event.payload.referral).toMatchObject({
      source_type: "ad",
      ctwa_clid: "ARAkzQ1example_click_id",
    });
  });

  test("question about a catalog product: context with referred_product", () => {
    const json = fixture("referred-product");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNEIxQzhEMkU3RjNBOTA1QzZEMUIA",
        timestamp: unix(1795312930),
        type: "text",
        body: "Is this one waterproof?",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSOEE0QjFDN0QyRTlGMzA1QjY2AA==",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("catalog order: body is the order note", () => {
    const json = fixture("order");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUMkY4QTNDNkQ5RTFCNDcwNUE4QzMA",
        timestamp: unix(1795312940),
        type: "order",
        body: "Please ship both to the locker",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("customer changed number: no contacts[], so no profile name", () => {
    const json = fixture("system");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        profileName: null,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUODI3MjgzRTBBRDg0MTczNTgxNTYA",
        timestamp: unix(1795312960),
        type: "system",
        body: "User Amara Okafor changed from 447700900123 to 447700900789",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("edit (coexistence numbers): body is the new text, replyTo the edited message", () => {
    const json = fixture("edit");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUNkQzRjhBMUM5QjJFNzQwNUQ2RTgA",
        timestamp: unix(1795312990),
        type: "edit",
        body: "Hi, my order #A-1043 hasn't arrived yet",
        media: null,
        replyTo: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQTRDMTIzQjE2MTJERDI3MkQxMzcA",
        forwarded: false,
        payload: rawMessage(json),
      },
    ]);
  });

  test("Meta's unsupported message keeps its 131051 error", () => {
    const json = fixture("unsupported");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUMkVBNjhFRjc4NkU0RDNDRUEyN0QA",
        timestamp: unix(1795312780),
        type: "unsupported",
        body: null,
        media: null,
        replyTo: null,
        forwarded: false,
        errors: [
          {
            code: 131051,
            title: "Message type unknown",
            message: "Message type unknown",
            details: "Message type is currently not supported.",
          },
        ],
        payload: rawMessage(json),
      },
    ]);
  });

  test("a type we do not know, and a known type missing its object, both become unsupported", () => {
    const json = fixture("unknown-type");
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUOEQ0RTJGMUEzQjlDNzA2NUUyRjQA",
        timestamp: unix(1795313100),
        type: "unsupported",
        body: null,
        media: null,
        replyTo: OUR_MESSAGE,
        forwarded: false,
        payload: rawMessage(json, 0),
      },
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUMUE5QjhDN0Q2RTVGNDAzMkExQjAA",
        timestamp: unix(1795313110),
        type: "unsupported",
        body: null,
        media: null,
        replyTo: null,
        forwarded: false,
        errors: [
          {
            code: 131000,
            title: "Something went wrong",
            message: "Something went wrong",
            details: "Unable to process interactive message",
          },
        ],
        payload: rawMessage(json, 1),
      },
    ]);
  });
});

describe("parseWebhookPayload: status fixtures", () => {
  test("sent (v24 shape with pricing)", () => {
    const json = fixture("status-sent");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: OUR_MESSAGE,
        recipientId: "447700900123",
        status: "sent",
        timestamp: unix(1795313000),
        errors: [],
        payload: rawStatus(json),
      },
    ]);
  });

  test("sent (≤ v23 shape with conversation)", () => {
    const json = fixture("status-sent-legacy-conversation");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSMEM5RTdBM0Y1QjJENjE4NEE0AA==",
        recipientId: "447700900123",
        status: "sent",
        timestamp: unix(1795313400),
        errors: [],
        payload: rawStatus(json),
      },
    ]);
  });

  test("delivered", () => {
    const json = fixture("status-delivered");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: OUR_MESSAGE,
        recipientId: "447700900123",
        status: "delivered",
        timestamp: unix(1795313002),
        errors: [],
        payload: rawStatus(json),
      },
    ]);
  });

  test("read", () => {
    const json = fixture("status-read");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: OUR_MESSAGE,
        recipientId: "447700900123",
        status: "read",
        timestamp: unix(1795313030),
        errors: [],
        payload: rawStatus(json),
      },
    ]);
  });

  test("played (voice message we sent)", () => {
    const json = fixture("status-played");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSRDNBOEI1QzFFOTcyRjQwNkIxAA==",
        recipientId: "447700900123",
        status: "played",
        timestamp: unix(1795313090),
        errors: [],
        payload: rawStatus(json),
      },
    ]);
  });

  test("failed outside the 24-hour window carries code, title, message and details", () => {
    const json = fixture("status-failed");
    expect(events(json)).toStrictEqual([
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSRjgyODc2N0VGQzJGOTE2MjRBAA==",
        recipientId: "447700900123",
        status: "failed",
        timestamp: unix(1795399999),
        errors: [
          {
            code: 131047,
            title: "Re-engagement message",
            message: "Re-engagement message",
            details:
              "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
          },
        ],
        payload: rawStatus(json),
      },
    ]);
  });
});

describe("parseWebhookPayload: envelope-level fixtures", () => {
  test("value-level error", () => {
    expect(events(fixture("value-error"))).toStrictEqual([
      {
        kind: "error",
        ...BUSINESS,
        error: {
          code: 131000,
          title: "Something went wrong",
          message: "Something went wrong",
          details: "Unsupported webhook payload",
        },
      },
    ]);
  });

  test("a change for another subscribed field is skipped, not rejected", () => {
    expect(events(fixture("other-field"))).toStrictEqual([]);
  });

  test("batch: every entry and every change, in payload order, each with its own business number", () => {
    const json = fixture("batch");
    const secondNumber = { phoneNumberId: "123456789012346", displayPhoneNumber: "15551230001" };
    const tomasz = { waId: "447700900456", profileName: "Tomasz Nowak" };
    expect(events(json)).toStrictEqual([
      {
        ...FROM_AMARA,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQjFBMkMzRDRFNUY2MDcxODI5M0EA",
        timestamp: unix(1795314000),
        type: "text",
        body: "Any update on my parcel?",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json, 0, 0, 0),
      },
      {
        ...FROM_AMARA,
        ...tomasz,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwNDU2FQIAEhgUQzJCM0Q0RTVGNjA3MTgyOTNBNEIA",
        timestamp: unix(1795314001),
        type: "text",
        body: "Hello, I need to change my address",
        media: null,
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json, 1, 0, 0),
      },
      // Out of order on purpose (read before delivered): the parser keeps payload order, it does not sort.
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: OUR_MESSAGE,
        recipientId: "447700900123",
        status: "read",
        timestamp: unix(1795314002),
        errors: [],
        payload: rawStatus(json, 0, 0, 1),
      },
      {
        kind: "status",
        ...BUSINESS,
        waMessageId: OUR_MESSAGE,
        recipientId: "447700900123",
        status: "delivered",
        timestamp: unix(1795313999),
        errors: [],
        payload: rawStatus(json, 1, 0, 1),
      },
      {
        kind: "status",
        ...secondNumber,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSRjgyODc2N0VGQzJGOTE2MjRBAA==",
        recipientId: "447700900123",
        status: "failed",
        timestamp: unix(1795399999),
        errors: [
          {
            code: 131047,
            title: "Re-engagement message",
            message: "Re-engagement message",
            details:
              "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
          },
        ],
        payload: rawStatus(json, 0, 1, 0),
      },
      {
        ...FROM_AMARA,
        ...secondNumber,
        ...tomasz,
        waMessageId: "wamid.HBgMNDQ3NzAwOTAwNDU2FQIAEhgURDNDNEU1RjYwNzE4MjkzQTRCNUMA",
        timestamp: unix(1795314010),
        type: "image",
        body: null,
        media: {
          id: "7450816253745678",
          mimeType: "image/png",
          sha256: "Lm3nB5vC7xZ9kJ2hG4fD6sA8qW1eR3tYuIoPaSdFgHq=",
        },
        replyTo: null,
        forwarded: false,
        payload: rawMessage(json, 0, 1, 1),
      },
    ]);
  });
});

describe("parseWebhookPayload: leniency", () => {
  test("fields Meta adds at any level never fail parsing and stay in payload", () => {
    const json = {
      object: "whatsapp_business_account",
      newTopLevel: true,
      entry: [
        {
          id: "109876543210987",
          time: 1795312000,
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "15551230000", phone_number_id: "123456789012345", extra: 1 },
                contacts: [{ profile: { name: "Amara Okafor", username: "amara" }, wa_id: "447700900123", user_id: "PE.1" }],
                messages: [
                  {
                    from: "447700900123",
                    from_user_id: "PE.1",
                    id: "wamid.LENIENT",
                    timestamp: "1795312000",
                    type: "text",
                    text: { body: "hello", markup: "none" },
                    context: { forwarded: false, future_flag: "x" },
                  },
                ],
                statuses: [
                  {
                    id: OUR_MESSAGE,
                    status: "delivered",
                    timestamp: "1795312001",
                    recipient_id: "447700900123",
                    recipient_user_id: "PE.1",
                  },
                ],
              },
            },
          ],
        },
      ],
    };
    const [message, status] = events(json);
    expect(message).toMatchObject({ type: "text", body: "hello", profileName: "Amara Okafor" });
    expect(message?.kind === "message" && message.payload).toMatchObject({ from_user_id: "PE.1" });
    expect(status).toMatchObject({ kind: "status", status: "delivered" });
  });

  test("a known type with a malformed object becomes unsupported but keeps its reply link", () => {
    const json = buildMessagesWebhook(
      { wabaId: "109876543210987", ...BUSINESS },
      {
        messages: [
          {
            context: { from: "15551230000", id: OUR_MESSAGE },
            from: "447700900123",
            id: "wamid.MALFORMED",
            timestamp: "1795312000",
            type: "image",
            image: { caption: "no id or mime type" },
          },
        ],
      },
    );
    expect(events(json)).toMatchObject([{ type: "unsupported", body: null, media: null, replyTo: OUR_MESSAGE, profileName: null }]);
  });
});

describe("parseWebhookPayload: rejects what is not a WhatsApp webhook", () => {
  test.each([
    ["null", null, "Not a valid WhatsApp webhook: (root): Invalid input: expected object, received null"],
    ["a string", "hello", "Not a valid WhatsApp webhook: (root): Invalid input: expected object, received string"],
    [
      "another object type",
      { object: "page", entry: [] },
      'Not a valid WhatsApp webhook: object: Invalid input: expected "whatsapp_business_account"',
    ],
    [
      "no entry",
      { object: "whatsapp_business_account" },
      "Not a valid WhatsApp webhook: entry: Invalid input: expected array, received undefined",
    ],
  ])("%s", (_name, json, reason) => {
    expect(parseWebhookPayload(json)).toStrictEqual({ ok: false, code: "whatsapp:invalid_payload", reason });
  });

  test.each([
    ["from", "Invalid input: expected string, received undefined"],
    ["id", "Invalid input: expected string, received undefined"],
    ["timestamp", "Invalid input: expected string, received undefined"],
    ["type", "Invalid input: expected string, received undefined"],
  ])("a message without %s, naming the path", (field, message) => {
    const good = buildTextMessage(
      { id: "wamid.GOOD", from: "447700900123", timestamp: new Date(1795312000_000) },
      "first",
    );
    const json = buildMessagesWebhook(
      { wabaId: "109876543210987", ...BUSINESS },
      { messages: [good, { ...good, id: "wamid.BROKEN" }] },
    );
    const broken = json.entry[0]?.changes[0]?.value.messages?.[1];
    if (broken) Reflect.deleteProperty(broken, field);
    expect(parseWebhookPayload(json)).toStrictEqual({
      ok: false,
      code: "whatsapp:invalid_payload",
      reason: `Not a valid WhatsApp webhook: entry[0].changes[0].value.messages[1].${field}: ${message}`,
    });
  });

  test("a timestamp that is not unix seconds", () => {
    const json = buildMessagesWebhook(
      { wabaId: "109876543210987", ...BUSINESS },
      {
        messages: [
          { from: "447700900123", id: "wamid.X", timestamp: "2026-11-22T10:00:00Z", type: "text", text: { body: "x" } },
        ],
      },
    );
    expect(parseWebhookPayload(json)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("messages[0].timestamp: Expected unix seconds as a string of digits"),
    });
  });

  test("a messages change without metadata", () => {
    const json = {
      object: "whatsapp_business_account",
      entry: [{ id: "1", changes: [{ field: "messages", value: { messaging_product: "whatsapp" } }] }],
    };
    expect(parseWebhookPayload(json)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("entry[0].changes[0].value.metadata:"),
    });
  });
});

describe("parseWebhookPayload: volume", () => {
  test("a 1,000-message batch parses whole, in order, well under 50 ms", () => {
    const messages = Array.from({ length: 1000 }, (_, index) =>
      buildTextMessage(
        { id: `wamid.BATCH${index}`, from: "447700900123", timestamp: new Date((1795312000 + index) * 1000) },
        `message ${index}`,
      ),
    );
    const json = buildMessagesWebhook(
      { wabaId: "109876543210987", ...BUSINESS },
      { contacts: [{ profile: { name: "Amara Okafor" }, wa_id: "447700900123" }], messages },
    );
    parseWebhookPayload(json); // warm-up: the first call compiles zod's parsers

    const started = performance.now();
    const result = parseWebhookPayload(json);
    const elapsed = performance.now() - started;

    expect(result.ok).toBe(true);
    const parsed = result.ok ? result.events : [];
    expect(parsed).toHaveLength(1000);
    expect(parsed.map((event) => event.kind === "message" && event.waMessageId)).toStrictEqual(
      messages.map((message) => message.id),
    );
    expect(elapsed).toBeLessThan(50);
  });
});

// ---------------------------------------------------------------------------------------------

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", `${name}.json`), "utf8"));
}

function events(json: unknown): WebhookEvent[] {
  const result = parseWebhookPayload(json);
  if (!result.ok) throw new Error(result.reason);
  return result.events;
}

function unix(seconds: number): Date {
  return new Date(seconds * 1000);
}

// The original object straight from the fixture file: what the event's payload must equal.
function rawMessage(json: unknown, messageIndex = 0, entryIndex = 0, changeIndex = 0): unknown {
  return at(json, ["entry", entryIndex, "changes", changeIndex, "value", "messages", messageIndex]);
}

function rawStatus(json: unknown, statusIndex = 0, entryIndex = 0, changeIndex = 0): unknown {
  return at(json, ["entry", entryIndex, "changes", changeIndex, "value", "statuses", statusIndex]);
}

function at(json: unknown, keys: (string | number)[]): unknown {
  let current: unknown = json;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) throw new Error(`No ${String(key)} in fixture`);
    current = Reflect.get(current, key);
  }
  return current;
}
