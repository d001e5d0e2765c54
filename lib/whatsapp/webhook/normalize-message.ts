import type { BusinessNumberRef, InboundMedia, InboundMessageEvent, InboundMessageType, WebhookErrorDetail } from "./events";
import { normalizeWebhookError } from "./normalize-error";
import {
  type InboundMessage,
  type InteractiveContent,
  type MediaContent,
  type MessageContext,
  type SharedContact,
  type WebhookMessage,
  inboundMessageSchema,
  messageContextSchema,
  webhookErrorSchema,
} from "./schema";
import { fromUnixSeconds } from "./unix-seconds";

type MessageContent = {
  type: InboundMessageType;
  body: string | null;
  media: InboundMedia | null;
  replyTo: string | null;
  forwarded: boolean;
  errors: WebhookErrorDetail[];
};

// Turns one inbound message into an event. Never throws and never drops: a message we cannot read
// (unknown type, or a known type whose object is missing or malformed) becomes "unsupported", with
// the original kept in payload so nothing the customer sent is lost.
export function normalizeInboundMessage(
  message: WebhookMessage,
  business: BusinessNumberRef,
  profileName: string | null,
): InboundMessageEvent {
  const known = inboundMessageSchema.safeParse(message);
  const content = known.success ? describeKnownMessage(known.data) : describeUnreadableMessage(message);
  return {
    kind: "message",
    phoneNumberId: business.phoneNumberId,
    displayPhoneNumber: business.displayPhoneNumber,
    waId: message.from,
    profileName,
    waMessageId: message.id,
    timestamp: fromUnixSeconds(message.timestamp),
    ...content,
    payload: message,
  };
}

function describeKnownMessage(message: InboundMessage): MessageContent {
  const common = {
    replyTo: message.context?.id ?? null,
    forwarded: isForwarded(message.context),
    errors: (message.errors ?? []).map(normalizeWebhookError),
  };
  switch (message.type) {
    case "text":
      return { ...common, type: "text", body: textOrNull(message.text.body), media: null };
    case "image":
      return {
        ...common,
        type: "image",
        body: textOrNull(message.image.caption),
        media: toMedia(message.image, { caption: message.image.caption }),
      };
    case "video":
      return {
        ...common,
        type: "video",
        body: textOrNull(message.video.caption),
        media: toMedia(message.video, { caption: message.video.caption }),
      };
    case "audio":
      return {
        ...common,
        type: message.audio.voice === true ? "voice" : "audio",
        body: null,
        media: toMedia(message.audio, { voice: message.audio.voice }),
      };
    case "document":
      return {
        ...common,
        type: "document",
        body: textOrNull(message.document.caption),
        media: toMedia(message.document, { caption: message.document.caption, fileName: message.document.filename }),
      };
    case "sticker":
      return { ...common, type: "sticker", body: null, media: toMedia(message.sticker, {}) };
    case "location": {
      const place = [message.location.name, message.location.address].filter(isNonEmpty);
      return { ...common, type: "location", body: place.length > 0 ? place.join("\n") : null, media: null };
    }
    case "contacts":
      return { ...common, type: "contacts", body: describeSharedContacts(message.contacts), media: null };
    case "interactive":
      return { ...common, type: "interactive", body: describeInteractiveReply(message.interactive), media: null };
    case "button":
      return { ...common, type: "button", body: textOrNull(message.button.text), media: null };
    case "reaction":
      // A removed reaction has no emoji (or ""), so body null means "reaction removed".
      return {
        ...common,
        type: "reaction",
        body: textOrNull(message.reaction.emoji),
        media: null,
        replyTo: message.reaction.message_id,
      };
    case "order":
      return { ...common, type: "order", body: textOrNull(message.order.text), media: null };
    case "system":
      return { ...common, type: "system", body: textOrNull(message.system.body), media: null };
    case "edit": {
      const edited = message.edit.message;
      const newText =
        edited.text?.body ?? edited.image?.caption ?? edited.video?.caption ?? edited.document?.caption;
      return {
        ...common,
        type: "edit",
        body: textOrNull(newText),
        media: null,
        replyTo: message.edit.original_message_id,
      };
    }
    case "unsupported":
      return { ...common, type: "unsupported", body: null, media: null };
  }
}

// The envelope already guaranteed from/id/timestamp/type; everything else is read only if it is
// well-formed, so one odd field cannot cost us the reply link or the error codes.
function describeUnreadableMessage(message: WebhookMessage): MessageContent {
  const context = messageContextSchema.optional().safeParse(message.context);
  const errors = webhookErrorSchema.array().optional().safeParse(message.errors);
  const readableContext = context.success ? context.data : undefined;
  return {
    type: "unsupported",
    body: null,
    media: null,
    replyTo: readableContext?.id ?? null,
    forwarded: isForwarded(readableContext),
    errors: errors.success ? (errors.data ?? []).map(normalizeWebhookError) : [],
  };
}

function isForwarded(context: MessageContext | undefined): boolean {
  return context?.forwarded === true || context?.frequently_forwarded === true;
}

type MediaExtras = { caption?: string; fileName?: string; voice?: boolean };

function toMedia(content: MediaContent, extras: MediaExtras): InboundMedia {
  // Absent fields are left out rather than set to undefined, so events compare and serialise cleanly.
  const media: InboundMedia = { id: content.id, mimeType: content.mime_type };
  if (content.sha256 !== undefined) media.sha256 = content.sha256;
  if (extras.fileName !== undefined) media.fileName = extras.fileName;
  if (extras.caption !== undefined) media.caption = extras.caption;
  if (extras.voice !== undefined) media.voice = extras.voice;
  return media;
}

function describeInteractiveReply(interactive: InteractiveContent): string | null {
  switch (interactive.type) {
    case "button_reply":
      return textOrNull(interactive.button_reply?.title);
    case "list_reply":
      return textOrNull(interactive.list_reply?.title);
    case "nfm_reply":
      return textOrNull(interactive.nfm_reply?.body);
    default:
      return null;
  }
}

function describeSharedContacts(contacts: SharedContact[]): string | null {
  const names = contacts
    .map((contact) => {
      const name = contact.name;
      const fullName = [name?.first_name, name?.last_name].filter(isNonEmpty).join(" ");
      return textOrNull(name?.formatted_name) ?? textOrNull(fullName) ?? textOrNull(contact.phones?.[0]?.phone);
    })
    .filter(isNonEmpty);
  return names.length > 0 ? names.join(", ") : null;
}

function textOrNull(text: string | undefined): string | null {
  return text === undefined || text === "" ? null : text;
}

function isNonEmpty(text: string | null | undefined): text is string {
  return text !== undefined && text !== null && text !== "";
}
