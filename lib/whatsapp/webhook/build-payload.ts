import {
  type AudioMessage,
  type DocumentMessage,
  type ImageMessage,
  type InteractiveContent,
  type InteractiveMessage,
  MESSAGES_FIELD,
  type MessageContext,
  type MessageStatus,
  type MessageStatusValue,
  type MessagesChangeValue,
  type MessagesWebhookPayload,
  type ReactionMessage,
  type Referral,
  type StickerMessage,
  type TextMessage,
  type VideoMessage,
  WEBHOOK_OBJECT,
  type WebhookError,
  type WebhookMessage,
} from "./schema";
import { toUnixSeconds } from "./unix-seconds";

// Builds webhook payloads the way Meta does (shared/whatsapp/cloud-api.md §3 and §9.3), for the
// Graph API emulator and for tests. Builders only shape data: ids, clocks and delivery are the
// caller's job. Serialise the result with serializeLikeMeta before signing or sending it.

export type BusinessNumber = {
  // entry[].id
  wabaId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
};

export type CustomerProfile = {
  waId: string;
  // Meta omits the name when the customer has none.
  profileName?: string;
};

// The fields every inbound message carries, whatever its type.
export type InboundMessageHead = {
  // The wamid Meta assigned to the customer's message.
  id: string;
  // The customer's wa_id.
  from: string;
  timestamp: Date;
  context?: MessageContext;
  referral?: Referral;
};

export function buildTextMessage(head: InboundMessageHead, body: string): TextMessage {
  return { ...messageHead(head), type: "text", text: { body } };
}

type MediaInputCommon = { id: string; mimeType: string; sha256?: string; url?: string };

export type InboundMediaInput =
  | (MediaInputCommon & { kind: "image" | "video"; caption?: string })
  | (MediaInputCommon & { kind: "audio"; voice: boolean })
  | (MediaInputCommon & { kind: "document"; caption?: string; fileName?: string })
  | (MediaInputCommon & { kind: "sticker"; animated?: boolean });

export type InboundMediaMessage = ImageMessage | VideoMessage | AudioMessage | DocumentMessage | StickerMessage;

export function buildMediaMessage(head: InboundMessageHead, media: InboundMediaInput): InboundMediaMessage {
  const file = {
    mime_type: media.mimeType,
    ...(media.sha256 === undefined ? {} : { sha256: media.sha256 }),
    id: media.id,
    ...(media.url === undefined ? {} : { url: media.url }),
  };
  const base = messageHead(head);
  switch (media.kind) {
    case "image":
      return { ...base, type: "image", image: { ...captionField(media.caption), ...file } };
    case "video":
      return { ...base, type: "video", video: { ...captionField(media.caption), ...file } };
    case "audio":
      return { ...base, type: "audio", audio: { ...file, voice: media.voice } };
    case "document":
      return {
        ...base,
        type: "document",
        document: {
          ...captionField(media.caption),
          ...(media.fileName === undefined ? {} : { filename: media.fileName }),
          ...file,
        },
      };
    case "sticker":
      return { ...base, type: "sticker", sticker: { ...file, animated: media.animated ?? false } };
  }
}

export type InteractiveReplyInput =
  | { kind: "button_reply"; id: string; title: string }
  | { kind: "list_reply"; id: string; title: string; description?: string }
  // A WhatsApp Flow submission; the response is sent by Meta as a JSON string.
  | { kind: "nfm_reply"; response: Record<string, unknown>; body?: string; name?: string };

// A tap on a reply button or list row, or a Flow submission. `head.context` should point at the
// business message that held the control, as it does in Meta's payloads.
export function buildInteractiveMessage(head: InboundMessageHead, reply: InteractiveReplyInput): InteractiveMessage {
  return { ...messageHead(head), type: "interactive", interactive: interactiveContent(reply) };
}

// `emoji: null` removes the reaction; Meta then omits the emoji key.
export function buildReactionMessage(
  head: InboundMessageHead,
  reaction: { messageId: string; emoji: string | null },
): ReactionMessage {
  return {
    ...messageHead(head),
    type: "reaction",
    reaction: { message_id: reaction.messageId, ...(reaction.emoji === null ? {} : { emoji: reaction.emoji }) },
  };
}

export type StatusInput = {
  // The wamid of our outgoing message.
  waMessageId: string;
  status: MessageStatusValue;
  timestamp: Date;
  recipientId: string;
  bizOpaqueCallbackData?: string;
  conversation?: MessageStatus["conversation"];
  pricing?: MessageStatus["pricing"];
  errors?: WebhookError[];
};

export function buildStatus(input: StatusInput): MessageStatus {
  return {
    id: input.waMessageId,
    status: input.status,
    timestamp: toUnixSeconds(input.timestamp),
    recipient_id: input.recipientId,
    ...(input.bizOpaqueCallbackData === undefined ? {} : { biz_opaque_callback_data: input.bizOpaqueCallbackData }),
    ...(input.conversation === undefined ? {} : { conversation: input.conversation }),
    ...(input.pricing === undefined ? {} : { pricing: input.pricing }),
    ...(input.errors === undefined ? {} : { errors: input.errors }),
  };
}

// The error object Meta puts in statuses[].errors, messages[].errors and value.errors.
export function buildWebhookError(input: { code: number; title: string; details?: string }): WebhookError {
  return {
    code: input.code,
    title: input.title,
    message: input.title,
    ...(input.details === undefined ? {} : { error_data: { details: input.details } }),
    href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
  };
}

// One customer's messages in one webhook. contacts[] describes the sender, except for `system`
// messages (number changes), which Meta sends without it.
export function buildInboundMessagePayload(
  business: BusinessNumber,
  customer: CustomerProfile,
  messages: WebhookMessage[],
): MessagesWebhookPayload {
  const needsContact = messages.some((message) => message.type !== "system");
  const contact = {
    profile: customer.profileName === undefined ? {} : { name: customer.profileName },
    wa_id: customer.waId,
  };
  return buildMessagesWebhook(business, { ...(needsContact ? { contacts: [contact] } : {}), messages });
}

// Status updates carry no contacts[].
export function buildStatusPayload(business: BusinessNumber, statuses: MessageStatus[]): MessagesWebhookPayload {
  return buildMessagesWebhook(business, { statuses });
}

export type MessagesChangeContent = Pick<MessagesChangeValue, "contacts" | "messages" | "statuses" | "errors">;

// The bare envelope: one entry, one "messages" change.
export function buildMessagesWebhook(business: BusinessNumber, content: MessagesChangeContent): MessagesWebhookPayload {
  return {
    object: WEBHOOK_OBJECT,
    entry: [
      {
        id: business.wabaId,
        changes: [
          {
            value: {
              messaging_product: "whatsapp",
              metadata: {
                display_phone_number: business.displayPhoneNumber,
                phone_number_id: business.phoneNumberId,
              },
              ...content,
            },
            field: MESSAGES_FIELD,
          },
        ],
      },
    ],
  };
}

// Meta may batch several updates into one POST as several entries; this does the same.
export function batchWebhookPayloads(payloads: MessagesWebhookPayload[]): MessagesWebhookPayload {
  return { object: WEBHOOK_OBJECT, entry: payloads.flatMap((payload) => payload.entry) };
}

// Key order follows Meta's payloads (referral/context first); it only matters for readable fixtures,
// since the signature is computed over whatever bytes we serialise.
function messageHead(head: InboundMessageHead) {
  return {
    ...(head.referral === undefined ? {} : { referral: head.referral }),
    ...(head.context === undefined ? {} : { context: head.context }),
    from: head.from,
    id: head.id,
    timestamp: toUnixSeconds(head.timestamp),
  };
}

function captionField(caption: string | undefined): { caption?: string } {
  return caption === undefined ? {} : { caption };
}

function interactiveContent(reply: InteractiveReplyInput): InteractiveContent {
  switch (reply.kind) {
    case "button_reply":
      return { type: "button_reply", button_reply: { id: reply.id, title: reply.title } };
    case "list_reply":
      return {
        type: "list_reply",
        list_reply: {
          id: reply.id,
          title: reply.title,
          ...(reply.description === undefined ? {} : { description: reply.description }),
        },
      };
    case "nfm_reply":
      return {
        type: "nfm_reply",
        nfm_reply: { name: reply.name ?? "flow", body: reply.body ?? "Sent", response_json: JSON.stringify(reply.response) },
      };
  }
}
