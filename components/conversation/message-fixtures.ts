import type { AgentTurnView, ConsoleMessage } from "@/lib/conversation/console-types";

// Console messages with the payloads the real code stores, for unit tests, e2e and demos:
// * inbound: the webhook message as Meta sends it (lib/whatsapp/webhook/normalize-message.ts keeps it
//   whole as payload; body is the text, caption, tapped title, emoji, place or contact names),
// * outbound: `{ content: OutboundContent }` (lib/channel/outbound/queue-outbound-message.ts; body is
//   contentPreview), or the Cloud API request for demo-seeded messages (lib/db/seed/conversations.ts).

export const FIXTURE_CUSTOMER_WA_ID = "447700900123";
export const FIXTURE_BUSINESS_NUMBER = "15550101234";
export const FIXTURE_AGENT = { id: "7d3f4a52-5d0c-4d57-9a54-0b8f3c1e2a01", name: "Sam Lee" } as const;
export const FIXTURE_OTHER_AGENT = { id: "0c9e1b77-8d2a-4f61-a3b0-6f1e5d4c3b02", name: "Priya Patel" } as const;

const TURN_ID = "5b1c0e7a-9f1d-4e3b-8c2a-1d0e9f8a7b03";
const FAILED_TURN_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c04";

let sequence = 0;

// A plain message: inbound text from the customer unless overridden.
export function fixtureMessage(overrides: Partial<ConsoleMessage> = {}): ConsoleMessage {
  sequence += 1;
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`;
  return {
    id,
    direction: "inbound",
    sender: "customer",
    author: null,
    type: "text",
    body: "Hello",
    status: "received",
    errorCode: null,
    errorTitle: null,
    waMessageId: `wamid.fixture${sequence}`,
    replyToWaMessageId: null,
    isPrivateNote: false,
    turnId: null,
    sentAt: new Date(Date.UTC(2026, 0, 1, 12, 0, sequence)).toISOString(),
    payload: {},
    media: null,
    ...overrides,
  };
}

type InboundInput = {
  wamid: string;
  at: Date;
  type: string;
  body: string | null;
  // Meta's type-specific object(s), e.g. { text: { body } } or { image: { … } }.
  content: Record<string, unknown>;
  replyTo?: string;
  overrides?: Partial<ConsoleMessage>;
};

// A customer message with the webhook message as payload (`type` is Meta's; the stored type may differ,
// as for voice notes).
export function inboundFixture({ wamid, at, type, body, content, replyTo, overrides }: InboundInput): ConsoleMessage {
  const metaType = type === "voice" ? "audio" : type;
  return fixtureMessage({
    type,
    body,
    waMessageId: wamid,
    replyToWaMessageId: type === "reaction" ? null : replyTo ?? null,
    sentAt: at.toISOString(),
    payload: {
      from: FIXTURE_CUSTOMER_WA_ID,
      id: wamid,
      timestamp: String(Math.floor(at.getTime() / 1000)),
      type: metaType,
      ...(replyTo && type !== "reaction" && type !== "edit" ? { context: { from: FIXTURE_BUSINESS_NUMBER, id: replyTo } } : {}),
      ...content,
    },
    ...overrides,
  });
}

type OutboundInput = {
  wamid: string | null;
  at: Date;
  type: string;
  body: string;
  content: Record<string, unknown>;
  sender?: "bot" | "agent" | "system";
  author?: ConsoleMessage["author"];
  status?: string;
  replyTo?: string;
  overrides?: Partial<ConsoleMessage>;
};

// A message the bot or an agent sent, stored as queueOutboundMessage stores it.
export function outboundFixture({ wamid, at, type, body, content, sender = "bot", author = null, status = "read", replyTo, overrides }: OutboundInput): ConsoleMessage {
  return fixtureMessage({
    direction: "outbound",
    sender,
    author: sender === "agent" ? (author ?? FIXTURE_AGENT) : author,
    type,
    body,
    status,
    waMessageId: wamid,
    replyToWaMessageId: replyTo ?? null,
    sentAt: at.toISOString(),
    payload: { content },
    ...overrides,
  });
}

export function storedMedia(id: string, mimeType: string, extras: Partial<NonNullable<ConsoleMessage["media"]>> = {}): NonNullable<ConsoleMessage["media"]> {
  return { id, status: "stored", mimeType, fileName: null, sizeBytes: 24_576, error: null, ...extras };
}

export type ConversationFixture = {
  messages: ConsoleMessage[];
  turns: AgentTurnView[];
  // Every message by a readable name, for assertions.
  byName: Record<FixtureName, ConsoleMessage>;
};

export type FixtureName =
  | "oldText"
  | "yesterdayText"
  | "botGreeting"
  | "textWithLink"
  | "imageStored"
  | "imagePending"
  | "imageFailed"
  | "voiceWithTranscript"
  | "audioFile"
  | "video"
  | "document"
  | "sticker"
  | "location"
  | "contacts"
  | "botButtons"
  | "buttonReply"
  | "botList"
  | "listReply"
  | "seededBotButtons"
  | "template"
  | "templateButtonTap"
  | "customerReaction"
  | "agentReaction"
  | "quotedReply"
  | "replyToMissing"
  | "edit"
  | "unsupported"
  | "privateNote"
  | "systemEvent"
  | "agentQueued"
  | "agentSent"
  | "agentDelivered"
  | "failedOutbound";

// A conversation over three days that holds every message type the console renders, plus two agent
// turns (one with successful, pending and failed tool calls; one failed turn).
export function buildConversationFixture(now: Date = new Date()): ConversationFixture {
  const at = (daysAgo: number, hour: number, minute: number) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, minute);
  const w = (name: string) => `wamid.HBgM${name}`;

  const botGreeting = outboundFixture({
    wamid: w("BotGreeting"),
    at: at(0, 9, 1),
    type: "text",
    body: "Hi! I'm the Acme assistant. How can I help?",
    content: { type: "text", body: "Hi! I'm the Acme assistant. How can I help?" },
  });
  const botButtons = outboundFixture({
    wamid: w("BotButtons"),
    at: at(0, 9, 6),
    type: "interactive",
    body: "Would you like a refund or a replacement?",
    content: {
      type: "buttons",
      body: "Would you like a refund or a replacement?",
      footer: "Acme support",
      buttons: [
        { id: "refund", title: "Refund" },
        { id: "replacement", title: "Replacement" },
      ],
    },
  });
  const botList = outboundFixture({
    wamid: w("BotList"),
    at: at(0, 9, 8),
    type: "interactive",
    body: "Pick a delivery slot",
    content: {
      type: "list",
      body: "Pick a delivery slot",
      buttonLabel: "Choose slot",
      sections: [
        {
          title: "Tomorrow",
          rows: [
            { id: "slot_am", title: "08:00–12:00", description: "Morning" },
            { id: "slot_pm", title: "13:00–17:00" },
          ],
        },
      ],
    },
  });
  const agentDelivered = outboundFixture({
    wamid: w("AgentDelivered"),
    at: at(0, 9, 20),
    type: "text",
    body: "I've booked the replacement for you.",
    content: { type: "text", body: "I've booked the replacement for you." },
    sender: "agent",
    status: "delivered",
  });
  const imageStored = inboundFixture({
    wamid: w("ImageStored"),
    at: at(0, 9, 3),
    type: "image",
    body: "The box arrived crushed",
    content: { image: { id: "1048576001", mime_type: "image/jpeg", sha256: "q83bUqyb4nVtF0bdh7sC1Q==", caption: "The box arrived crushed" } },
    overrides: { media: storedMedia("a1b2c3d4-0000-4000-8000-000000000001", "image/jpeg"), turnId: TURN_ID },
  });

  const byName: Record<FixtureName, ConsoleMessage> = {
    oldText: inboundFixture({
      wamid: w("OldText"),
      at: at(3, 14, 30),
      type: "text",
      body: "Do you ship to Ireland?",
      content: { text: { body: "Do you ship to Ireland?" } },
    }),
    yesterdayText: outboundFixture({
      wamid: w("YesterdayText"),
      at: at(1, 16, 45),
      type: "text",
      body: "Yes, we ship to Ireland in 2–3 days.",
      content: { type: "text", body: "Yes, we ship to Ireland in 2–3 days." },
      sender: "agent",
      author: FIXTURE_OTHER_AGENT,
    }),
    botGreeting,
    textWithLink: inboundFixture({
      wamid: w("TextWithLink"),
      at: at(0, 9, 2),
      type: "text",
      body: "My order is *late*. Tracking: https://track.example.com/ABC123 and www.example.org/help",
      content: { text: { body: "My order is *late*. Tracking: https://track.example.com/ABC123 and www.example.org/help" } },
      overrides: { turnId: TURN_ID },
    }),
    imageStored,
    imagePending: inboundFixture({
      wamid: w("ImagePending"),
      at: at(0, 9, 3),
      type: "image",
      body: null,
      content: { image: { id: "1048576002", mime_type: "image/jpeg", sha256: "Zm9vYmFy" } },
      overrides: { media: { id: "a1b2c3d4-0000-4000-8000-000000000002", status: "pending", mimeType: "image/jpeg", fileName: null, sizeBytes: null, error: null }, turnId: TURN_ID },
    }),
    imageFailed: inboundFixture({
      wamid: w("ImageFailed"),
      at: at(0, 9, 3),
      type: "image",
      body: null,
      content: { image: { id: "1048576003", mime_type: "image/png" } },
      overrides: {
        media: { id: "a1b2c3d4-0000-4000-8000-000000000003", status: "failed", mimeType: "image/png", fileName: null, sizeBytes: null, error: "Media URL expired (Graph 131052)" },
        turnId: TURN_ID,
      },
    }),
    voiceWithTranscript: inboundFixture({
      wamid: w("Voice"),
      at: at(0, 9, 4),
      type: "voice",
      body: null,
      content: { audio: { id: "1048576004", mime_type: "audio/ogg; codecs=opus", voice: true }, transcript: "Hi, it's Anna, the parcel is damaged." },
      overrides: { media: storedMedia("a1b2c3d4-0000-4000-8000-000000000004", "audio/ogg; codecs=opus"), turnId: TURN_ID },
    }),
    audioFile: inboundFixture({
      wamid: w("Audio"),
      at: at(0, 9, 4),
      type: "audio",
      body: null,
      content: { audio: { id: "1048576005", mime_type: "audio/mpeg", voice: false } },
      overrides: { media: storedMedia("a1b2c3d4-0000-4000-8000-000000000005", "audio/mpeg"), turnId: TURN_ID },
    }),
    video: inboundFixture({
      wamid: w("Video"),
      at: at(0, 9, 4),
      type: "video",
      body: "Unboxing",
      content: { video: { id: "1048576006", mime_type: "video/mp4", caption: "Unboxing" } },
      overrides: { media: storedMedia("a1b2c3d4-0000-4000-8000-000000000006", "video/mp4"), turnId: TURN_ID },
    }),
    document: inboundFixture({
      wamid: w("Document"),
      at: at(0, 9, 5),
      type: "document",
      body: "Here is the invoice",
      content: { document: { id: "1048576007", mime_type: "application/pdf", filename: "invoice-1042.pdf", caption: "Here is the invoice" } },
      overrides: {
        media: storedMedia("a1b2c3d4-0000-4000-8000-000000000007", "application/pdf", { fileName: "invoice-1042.pdf", sizeBytes: 48_213 }),
        turnId: TURN_ID,
      },
    }),
    sticker: inboundFixture({
      wamid: w("Sticker"),
      at: at(0, 9, 5),
      type: "sticker",
      body: null,
      content: { sticker: { id: "1048576008", mime_type: "image/webp", animated: false } },
      overrides: { media: storedMedia("a1b2c3d4-0000-4000-8000-000000000008", "image/webp"), turnId: TURN_ID },
    }),
    location: inboundFixture({
      wamid: w("Location"),
      at: at(0, 9, 5),
      type: "location",
      body: "Acme Store Soho\n12 Greek St, London W1D 4DL",
      content: { location: { latitude: 51.5136, longitude: -0.1318, name: "Acme Store Soho", address: "12 Greek St, London W1D 4DL" } },
      overrides: { turnId: TURN_ID },
    }),
    contacts: inboundFixture({
      wamid: w("Contacts"),
      at: at(0, 9, 5),
      type: "contacts",
      body: "Jane Doe",
      content: {
        contacts: [
          {
            name: { formatted_name: "Jane Doe", first_name: "Jane", last_name: "Doe" },
            phones: [{ phone: "+44 7700 900456", wa_id: "447700900456", type: "CELL" }],
            emails: [{ email: "jane@example.com", type: "WORK" }],
            org: { company: "Doe Ltd" },
          },
        ],
      },
      overrides: { turnId: TURN_ID },
    }),
    botButtons,
    buttonReply: inboundFixture({
      wamid: w("ButtonReply"),
      at: at(0, 9, 7),
      type: "interactive",
      body: "Replacement",
      replyTo: botButtons.waMessageId ?? undefined,
      content: { interactive: { type: "button_reply", button_reply: { id: "replacement", title: "Replacement" } } },
      overrides: { turnId: FAILED_TURN_ID },
    }),
    botList,
    listReply: inboundFixture({
      wamid: w("ListReply"),
      at: at(0, 9, 9),
      type: "interactive",
      body: "08:00–12:00",
      replyTo: botList.waMessageId ?? undefined,
      content: { interactive: { type: "list_reply", list_reply: { id: "slot_am", title: "08:00–12:00", description: "Morning" } } },
    }),
    // Demo seed: the payload is the Cloud API request, not `{ content }`.
    seededBotButtons: fixtureMessage({
      direction: "outbound",
      sender: "bot",
      type: "interactive",
      body: "Is there anything else?",
      status: "read",
      waMessageId: w("SeededButtons"),
      sentAt: at(0, 9, 10).toISOString(),
      payload: {
        messaging_product: "whatsapp",
        to: FIXTURE_CUSTOMER_WA_ID,
        type: "interactive",
        interactive: {
          type: "button",
          body: { text: "Is there anything else?" },
          action: {
            buttons: [
              { type: "reply", reply: { id: "option_1", title: "Yes" } },
              { type: "reply", reply: { id: "option_2", title: "No, thanks" } },
            ],
          },
        },
      },
    }),
    template: outboundFixture({
      wamid: w("Template"),
      at: at(0, 9, 11),
      type: "template",
      body: "Template order_update: Anna, #1042",
      content: { type: "template", name: "order_update", language: "en", bodyParameters: ["Anna", "#1042"], quickReplyPayloads: ["TRACK"] },
      sender: "agent",
      status: "read",
    }),
    templateButtonTap: inboundFixture({
      wamid: w("TemplateTap"),
      at: at(0, 9, 12),
      type: "button",
      body: "Track my order",
      replyTo: w("Template"),
      content: { button: { payload: "TRACK", text: "Track my order" } },
    }),
    customerReaction: inboundFixture({
      wamid: w("CustomerReaction"),
      at: at(0, 9, 21),
      type: "reaction",
      body: "👍",
      content: { reaction: { message_id: agentDelivered.waMessageId, emoji: "👍" } },
      overrides: { replyToWaMessageId: agentDelivered.waMessageId },
    }),
    agentReaction: outboundFixture({
      wamid: w("AgentReaction"),
      at: at(0, 9, 4),
      type: "reaction",
      body: "❤️",
      content: { type: "reaction", toWaMessageId: imageStored.waMessageId, emoji: "❤️" },
      sender: "agent",
      status: "delivered",
    }),
    quotedReply: inboundFixture({
      wamid: w("QuotedReply"),
      at: at(0, 9, 13),
      type: "text",
      body: "Which replacement exactly?",
      replyTo: w("BotGreeting"),
      content: { text: { body: "Which replacement exactly?" } },
    }),
    replyToMissing: inboundFixture({
      wamid: w("ReplyMissing"),
      at: at(0, 9, 14),
      type: "text",
      body: "About that old message…",
      replyTo: "wamid.HBgMNotLoaded",
      content: { text: { body: "About that old message…" } },
    }),
    edit: inboundFixture({
      wamid: w("Edit"),
      at: at(0, 9, 14),
      type: "edit",
      body: "Which replacement colour exactly?",
      replyTo: w("QuotedReply"),
      content: { edit: { original_message_id: w("QuotedReply"), message: { type: "text", text: { body: "Which replacement colour exactly?" } } } },
    }),
    unsupported: inboundFixture({
      wamid: w("Unsupported"),
      at: at(0, 9, 15),
      type: "unsupported",
      body: null,
      content: {
        unsupported: { type: "poll_creation" },
        errors: [{ code: 131051, title: "Message type unknown", message: "Message type unknown", error_data: { details: "Message type is currently not supported." } }],
      },
      overrides: { errorCode: 131051, errorTitle: "Message type unknown" },
    }),
    privateNote: fixtureMessage({
      direction: "outbound",
      sender: "agent",
      author: FIXTURE_OTHER_AGENT,
      type: "note",
      body: "@Sam Lee can you check the *refund* policy for damaged items?",
      status: "sent",
      waMessageId: null,
      isPrivateNote: true,
      sentAt: at(0, 9, 16).toISOString(),
      payload: { mentionedUserIds: [FIXTURE_AGENT.id], mentions: [{ id: FIXTURE_AGENT.id, name: FIXTURE_AGENT.name }] },
    }),
    systemEvent: fixtureMessage({
      direction: "outbound",
      sender: "system",
      type: "system",
      body: "Sam Lee took over the conversation",
      status: "sent",
      waMessageId: null,
      sentAt: at(0, 9, 17).toISOString(),
    }),
    agentQueued: outboundFixture({
      wamid: null,
      at: at(0, 9, 22),
      type: "text",
      body: "One more thing…",
      content: { type: "text", body: "One more thing…" },
      sender: "agent",
      status: "queued",
    }),
    agentSent: outboundFixture({
      wamid: w("AgentSent"),
      at: at(0, 9, 19),
      type: "text",
      body: "Checking that for you now.",
      content: { type: "text", body: "Checking that for you now." },
      sender: "agent",
      status: "sent",
    }),
    agentDelivered,
    failedOutbound: outboundFixture({
      wamid: w("Failed"),
      at: at(0, 9, 23),
      type: "text",
      body: "Are you still there?",
      content: { type: "text", body: "Are you still there?" },
      sender: "agent",
      status: "failed",
      overrides: { errorCode: 131047, errorTitle: "Re-engagement message" },
    }),
  };

  const messages = Object.values(byName).sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const turns: AgentTurnView[] = [
    {
      id: TURN_ID,
      status: "completed",
      intent: "order_damaged",
      confidence: 0.87,
      outcome: "replied",
      error: null,
      startedAt: at(0, 9, 5).toISOString(),
      finishedAt: new Date(at(0, 9, 5).getTime() + 4_200).toISOString(),
      toolCalls: [
        { toolCallId: "call_1", toolName: "get_order", input: { orderNumber: "1042" }, output: { state: "delivered", items: 2 }, status: "executed", durationMs: 182 },
        { toolCallId: "call_2", toolName: "cancel_order", input: { orderNumber: "1042" }, status: "awaiting_confirmation", durationMs: 12 },
        { toolCallId: "call_3", toolName: "list_bookings", input: {}, error: "Connector timed out after 5000 ms", status: "failed", durationMs: 5000 },
      ],
    },
    {
      id: FAILED_TURN_ID,
      status: "failed",
      intent: null,
      confidence: null,
      outcome: null,
      error: "Model call failed: rate limited",
      startedAt: at(0, 9, 7).toISOString(),
      finishedAt: at(0, 9, 7).toISOString(),
      toolCalls: [],
    },
  ];
  return { messages, turns, byName };
}
