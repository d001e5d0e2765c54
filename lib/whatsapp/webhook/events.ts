import type { MessageStatusValue } from "./schema";

// The normalised events a WhatsApp webhook turns into. The rest of the product works with these and
// never with Meta's nested envelope; the original objects ride along as `payload` for storage.

// The message type we store. Differs from Meta's `type` in two places: an audio note recorded with
// the WhatsApp microphone is "voice", and any type we do not understand (or cannot read) is
// "unsupported". Click-to-WhatsApp referrals are not a type: they sit on the first message, in payload.
export type InboundMessageType =
  | "text"
  | "image"
  | "audio"
  | "voice"
  | "video"
  | "document"
  | "sticker"
  | "location"
  | "contacts"
  | "interactive"
  | "button"
  | "reaction"
  | "order"
  | "system"
  | "edit"
  | "unsupported";

export type InboundMedia = {
  // Meta's media id: valid for 7 days, downloaded through GET /{media-id}.
  id: string;
  mimeType: string;
  // Base64, as Meta sends it in webhooks.
  sha256?: string;
  fileName?: string;
  caption?: string;
  voice?: boolean;
};

export type WebhookErrorDetail = {
  code: number;
  title: string;
  message?: string;
  details?: string;
};

// The business number a webhook change was addressed to (value.metadata).
export type BusinessNumberRef = { phoneNumberId: string; displayPhoneNumber: string };

// A JSON object exactly as Meta sent it (all unknown fields kept).
export type JsonObject = Record<string, unknown>;

export type InboundMessageEvent = {
  kind: "message";
  phoneNumberId: string;
  displayPhoneNumber: string;
  // The sender (`from`): digits with country code, no "+". Reply to this, never to a reformatted number.
  waId: string;
  profileName: string | null;
  waMessageId: string;
  timestamp: Date;
  type: InboundMessageType;
  // What a person would read: text, caption, tapped button/row title, emoji, place, contact names…
  body: string | null;
  media: InboundMedia | null;
  // The message this one points at: the quoted message of a reply (or the message holding the tapped
  // button), the message reacted to, or the message edited.
  replyTo: string | null;
  forwarded: boolean;
  // Present on "unsupported" messages (code 131051 and friends).
  errors: WebhookErrorDetail[];
  payload: JsonObject;
};

export type StatusEvent = {
  kind: "status";
  phoneNumberId: string;
  displayPhoneNumber: string;
  // The id of *our* outgoing message.
  waMessageId: string;
  recipientId: string;
  status: MessageStatusValue;
  timestamp: Date;
  errors: WebhookErrorDetail[];
  payload: JsonObject;
};

// An error about the account, app or payload itself (value.errors), not about one message.
export type WebhookErrorEvent = {
  kind: "error";
  phoneNumberId: string;
  displayPhoneNumber: string;
  error: WebhookErrorDetail;
};

export type WebhookEvent = InboundMessageEvent | StatusEvent | WebhookErrorEvent;
