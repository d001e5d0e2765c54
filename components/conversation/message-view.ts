import { outboundContentSchema, type OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { ConsoleMessage } from "@/lib/conversation/console-types";
import { inboundMessageSchema, type InboundMessage, type SharedContact } from "@/lib/whatsapp/webhook/schema";

// What a stored message shows, read from its columns and its payload. The payload differs by origin:
// * inbound: the webhook message exactly as Meta sent it (lib/whatsapp/webhook/normalize-message.ts),
// * outbound from the bot or an agent: `{ content: OutboundContent }` (queue-outbound-message.ts),
// * outbound demo seed: the Cloud API request (`{ type, text | interactive, … }`),
// * private notes: `{ mentionedUserIds?, mentions? }` next to the note's body.
// Whatever cannot be read falls back to `body`, so a message is never shown empty.

export type MediaKind = "image" | "video" | "audio" | "voice" | "document" | "sticker";

export type ContactCard = { name: string; phones: string[]; emails: string[]; organization: string | null };
export type ListSectionView = { title: string | null; rows: { title: string; description: string | null }[] };
export type OrderItemView = { productId: string; quantity: number; price: number; currency: string };

export type MessageView =
  | { kind: "text"; text: string }
  | { kind: "media"; media: MediaKind; caption: string | null; fileName: string | null; transcript: string | null; animated: boolean }
  | { kind: "location"; latitude: number | null; longitude: number | null; name: string | null; address: string | null }
  | { kind: "contacts"; contacts: ContactCard[] }
  // The customer tapped a reply button, a list row or a template quick reply, or submitted a flow.
  | { kind: "choice"; via: "button" | "list" | "template_button" | "flow"; title: string; description: string | null }
  // Buttons or a list we sent.
  | { kind: "options"; header: string | null; body: string; footer: string | null; buttons: string[]; list: { label: string; sections: ListSectionView[] } | null }
  | { kind: "template"; name: string; language: string | null; parameters: string[]; quickReplies: string[]; rendered: string | null }
  // emoji null: the reaction was removed.
  | { kind: "reaction"; emoji: string | null; targetWaMessageId: string | null }
  | { kind: "order"; text: string | null; items: OrderItemView[] }
  | { kind: "edit"; text: string | null }
  | { kind: "system"; text: string }
  | { kind: "note"; text: string; mentions: string[]; mentionedUserIds: string[] }
  | { kind: "unsupported"; originalType: string };

const MEDIA_KINDS: ReadonlySet<string> = new Set<MediaKind>(["image", "video", "audio", "voice", "document", "sticker"]);

export function isMediaKind(type: string): type is MediaKind {
  return MEDIA_KINDS.has(type);
}

export function toMessageView(message: ConsoleMessage): MessageView {
  if (message.isPrivateNote || message.type === "note") return noteView(message);
  if (message.sender === "system" || message.type === "system") {
    return { kind: "system", text: message.body ?? text(path(message.payload, "system", "body")) ?? "System event" };
  }
  const inbound = message.direction === "inbound" ? readInbound(message.payload) : null;
  const content = message.direction === "outbound" ? readOutboundContent(message.payload) : null;
  const type = message.type;

  if (isMediaKind(type)) return mediaView(message, type, inbound, content);
  switch (type) {
    case "text":
      return { kind: "text", text: message.body ?? (inbound?.type === "text" ? inbound.text.body : null) ?? text(path(message.payload, "text", "body")) ?? "" };
    case "location":
      return locationView(message, inbound);
    case "contacts":
      return contactsView(message, inbound);
    case "interactive":
      return message.direction === "inbound" ? interactiveReplyView(message, inbound) : optionsView(message, content);
    case "button":
      return {
        kind: "choice",
        via: "template_button",
        title: message.body ?? (inbound?.type === "button" ? inbound.button.text : null) ?? "a button",
        description: null,
      };
    case "reaction":
      return reactionView(message, inbound, content);
    case "template":
      return templateView(message, content);
    case "order":
      return orderView(message, inbound);
    case "edit":
      return { kind: "edit", text: message.body };
    case "unsupported":
      return { kind: "unsupported", originalType: originalTypeOf(message.payload) ?? "unsupported" };
    default:
      return message.body ? { kind: "text", text: message.body } : { kind: "unsupported", originalType: type };
  }
}

// A short text for quotes and previews.
export function messagePreview(message: ConsoleMessage): string {
  const view = toMessageView(message);
  switch (view.kind) {
    case "text":
    case "system":
    case "note":
      return view.text;
    case "media": {
      const label = MEDIA_LABEL[view.media];
      const detail = view.caption ?? (view.media === "document" ? view.fileName : null) ?? view.transcript;
      return detail ? `${label}: ${detail}` : label;
    }
    case "location":
      return `Location${view.name ?? view.address ? `: ${view.name ?? view.address}` : ""}`;
    case "contacts":
      return `Contact: ${view.contacts.map((contact) => contact.name).join(", ") || "shared contact"}`;
    case "choice":
      return `Tapped: ${view.title}`;
    case "options":
      return view.body;
    case "template":
      return view.rendered ?? `Template ${view.name}`;
    case "reaction":
      return view.emoji ? `Reacted ${view.emoji}` : "Removed a reaction";
    case "order":
      return `Order (${view.items.length} ${view.items.length === 1 ? "item" : "items"})`;
    case "edit":
      return view.text ?? "Edited message";
    case "unsupported":
      return `Unsupported message (${view.originalType})`;
  }
}

export const MEDIA_LABEL: Record<MediaKind, string> = {
  image: "Photo",
  video: "Video",
  audio: "Audio",
  voice: "Voice message",
  document: "Document",
  sticker: "Sticker",
};

// The WhatsApp message id a reaction points at, whichever side sent it.
export function reactionTarget(message: ConsoleMessage): string | null {
  return (
    message.replyToWaMessageId ??
    text(path(message.payload, "reaction", "message_id")) ??
    text(path(message.payload, "content", "toWaMessageId"))
  );
}

// Meta marks forwarded messages on the webhook's context.
export function isForwarded(message: ConsoleMessage): boolean {
  if (message.direction !== "inbound") return false;
  const context = path(message.payload, "context");
  return path(context, "forwarded") === true || path(context, "frequently_forwarded") === true;
}

function readInbound(payload: Record<string, unknown>): InboundMessage | null {
  const parsed = inboundMessageSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

function readOutboundContent(payload: Record<string, unknown>): OutboundContent | null {
  const parsed = outboundContentSchema.safeParse(payload.content);
  return parsed.success ? parsed.data : null;
}

function noteView(message: ConsoleMessage): MessageView {
  const mentions = arrayOf(message.payload.mentions)
    .map((mention) => text(mention) ?? text(path(mention, "name")))
    .filter(isText);
  const mentionedUserIds = arrayOf(message.payload.mentionedUserIds).map(text).filter(isText);
  return { kind: "note", text: message.body ?? "", mentions, mentionedUserIds };
}

function mediaView(message: ConsoleMessage, type: MediaKind, inbound: InboundMessage | null, content: OutboundContent | null): MessageView {
  const payload = message.payload;
  // Meta's object for the type ("voice" notes arrive as `audio`); the same key in the request form.
  const metaObject = path(payload, type === "voice" ? "audio" : type);
  const voice = type === "voice" || path(metaObject, "voice") === true;
  const caption =
    message.direction === "inbound"
      ? message.body ?? text(path(metaObject, "caption"))
      : content?.type === "media"
        ? content.caption ?? null
        : text(path(metaObject, "caption"));
  const fileName =
    message.media?.fileName ??
    text(path(metaObject, "filename")) ??
    (content?.type === "media" ? content.fileName ?? null : null);
  const transcript = text(payload.transcript) ?? text(path(payload, "transcription", "text"));
  const animated = inbound?.type === "sticker" ? inbound.sticker.animated === true : path(metaObject, "animated") === true;
  return { kind: "media", media: voice && (type === "audio" || type === "voice") ? "voice" : type, caption, fileName, transcript, animated };
}

function locationView(message: ConsoleMessage, inbound: InboundMessage | null): MessageView {
  if (inbound?.type === "location") {
    const { latitude, longitude, name, address } = inbound.location;
    return { kind: "location", latitude, longitude, name: name || null, address: address || null };
  }
  const location = path(message.payload, "location");
  const [name = null, address = null] = (message.body ?? "").split("\n").filter(Boolean);
  return {
    kind: "location",
    latitude: coordinate(path(location, "latitude")),
    longitude: coordinate(path(location, "longitude")),
    name: text(path(location, "name")) ?? name,
    address: text(path(location, "address")) ?? address,
  };
}

function contactsView(message: ConsoleMessage, inbound: InboundMessage | null): MessageView {
  const shared = inbound?.type === "contacts" ? inbound.contacts : [];
  const contacts = shared.map(contactCard);
  if (contacts.length === 0 && message.body) {
    return { kind: "contacts", contacts: message.body.split(", ").map((name) => ({ name, phones: [], emails: [], organization: null })) };
  }
  return { kind: "contacts", contacts };
}

function contactCard(contact: SharedContact): ContactCard {
  const name = contact.name;
  const fullName = [name?.first_name, name?.last_name].filter(isText).join(" ");
  const phones = (contact.phones ?? []).map((phone) => text(phone.phone) ?? text(phone.wa_id)).filter(isText);
  return {
    name: text(name?.formatted_name) ?? text(fullName) ?? phones[0] ?? "Unnamed contact",
    phones,
    emails: (contact.emails ?? []).map((email) => text(email.email)).filter(isText),
    organization: text(contact.org?.company),
  };
}

function interactiveReplyView(message: ConsoleMessage, inbound: InboundMessage | null): MessageView {
  const interactive = inbound?.type === "interactive" ? inbound.interactive : null;
  if (interactive?.type === "list_reply") {
    return { kind: "choice", via: "list", title: message.body ?? interactive.list_reply?.title ?? "a list row", description: text(interactive.list_reply?.description) };
  }
  if (interactive?.type === "nfm_reply") {
    return { kind: "choice", via: "flow", title: message.body ?? text(interactive.nfm_reply?.name) ?? "a form", description: null };
  }
  return { kind: "choice", via: "button", title: message.body ?? text(interactive?.button_reply?.title) ?? "a button", description: null };
}

function optionsView(message: ConsoleMessage, content: OutboundContent | null): MessageView {
  if (content?.type === "buttons") {
    return { kind: "options", header: null, body: content.body, footer: content.footer ?? null, buttons: content.buttons.map((button) => button.title), list: null };
  }
  if (content?.type === "list") {
    return {
      kind: "options",
      header: null,
      body: content.body,
      footer: null,
      buttons: [],
      list: {
        label: content.buttonLabel,
        sections: content.sections.map((section) => ({
          title: section.title ?? null,
          rows: section.rows.map((row) => ({ title: row.title, description: row.description ?? null })),
        })),
      },
    };
  }
  // The Cloud API request form (demo seed).
  const interactive = path(message.payload, "interactive");
  const action = path(interactive, "action");
  const sections = arrayOf(path(action, "sections")).map((section) => ({
    title: text(path(section, "title")),
    rows: arrayOf(path(section, "rows"))
      .map((row) => ({ title: text(path(row, "title")), description: text(path(row, "description")) }))
      .filter((row): row is { title: string; description: string | null } => row.title !== null),
  }));
  return {
    kind: "options",
    header: text(path(interactive, "header", "text")),
    body: text(path(interactive, "body", "text")) ?? message.body ?? "",
    footer: text(path(interactive, "footer", "text")),
    buttons: arrayOf(path(action, "buttons"))
      .map((button) => text(path(button, "reply", "title")))
      .filter(isText),
    list: sections.length > 0 ? { label: text(path(action, "button")) ?? "Options", sections } : null,
  };
}

function reactionView(message: ConsoleMessage, inbound: InboundMessage | null, content: OutboundContent | null): MessageView {
  if (content?.type === "reaction") return { kind: "reaction", emoji: content.emoji || null, targetWaMessageId: content.toWaMessageId };
  if (inbound?.type === "reaction") return { kind: "reaction", emoji: inbound.reaction.emoji || null, targetWaMessageId: inbound.reaction.message_id };
  return { kind: "reaction", emoji: message.body, targetWaMessageId: reactionTarget(message) };
}

function templateView(message: ConsoleMessage, content: OutboundContent | null): MessageView {
  const rendered = text(message.payload.renderedBody);
  if (content?.type === "template") {
    return { kind: "template", name: content.name, language: content.language, parameters: content.bodyParameters, quickReplies: content.quickReplyPayloads ?? [], rendered };
  }
  // The Cloud API request form.
  const template = path(message.payload, "template");
  const components = arrayOf(path(template, "components"));
  const parameters = components
    .filter((component) => path(component, "type") === "body")
    .flatMap((component) => arrayOf(path(component, "parameters")))
    .map((parameter) => text(path(parameter, "text")))
    .filter(isText);
  const quickReplies = components
    .filter((component) => path(component, "type") === "button")
    .flatMap((component) => arrayOf(path(component, "parameters")))
    .map((parameter) => text(path(parameter, "payload")))
    .filter(isText);
  const name = text(path(template, "name")) ?? message.body?.replace(/^Template /, "").split(":")[0] ?? "template";
  return { kind: "template", name, language: text(path(template, "language", "code")), parameters, quickReplies, rendered };
}

function orderView(message: ConsoleMessage, inbound: InboundMessage | null): MessageView {
  if (inbound?.type !== "order") return { kind: "order", text: message.body, items: [] };
  return {
    kind: "order",
    text: text(inbound.order.text),
    items: inbound.order.product_items.map((item) => ({ productId: item.product_retailer_id, quantity: item.quantity, price: item.item_price, currency: item.currency })),
  };
}

// For "unsupported": the kind Meta names (poll_creation, …) or the unknown type we received.
function originalTypeOf(payload: Record<string, unknown>): string | null {
  const named = text(path(payload, "unsupported", "type"));
  if (named) return named;
  const type = text(payload.type);
  return type && type !== "unsupported" ? type : null;
}

// ---------------------------------------------------------------------------------------------
// Reading untyped JSON without casts

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function path(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function coordinate(value: unknown): number | null {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : null;
}

function isText(value: string | null | undefined): value is string {
  return typeof value === "string" && value !== "";
}

