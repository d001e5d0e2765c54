import type { SendMessageRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import type { InboundMessage } from "@/lib/whatsapp/webhook/schema";
import type { RenderedTemplate } from "./template-render";

// One readable line per message for the simulator's chat list (the full request or webhook message
// rides along in the entry for rich rendering).

export function summarizeOutbound(request: SendMessageRequest, template: RenderedTemplate | null): string | null {
  switch (request.type) {
    case "text":
      return request.text.body;
    case "image":
      return request.image.caption ?? null;
    case "video":
      return request.video.caption ?? null;
    case "document":
      return request.document.caption ?? request.document.filename ?? null;
    case "audio":
    case "sticker":
      return null;
    case "location":
      return request.location.name ?? `${String(request.location.latitude)}, ${String(request.location.longitude)}`;
    case "contacts":
      return request.contacts.map((contact) => contact.name.formatted_name).join(", ");
    case "interactive":
      return request.interactive.body.text;
    case "template":
      return template?.body ?? request.template.name;
    case "reaction":
      return request.reaction.emoji === "" ? null : request.reaction.emoji;
  }
}

export function summarizeInbound(message: InboundMessage): string | null {
  switch (message.type) {
    case "text":
      return message.text.body;
    case "image":
      return message.image.caption ?? null;
    case "video":
      return message.video.caption ?? null;
    case "document":
      return message.document.caption ?? message.document.filename ?? null;
    case "location":
      return message.location.name ?? `${message.location.latitude}, ${message.location.longitude}`;
    case "interactive":
      return message.interactive.button_reply?.title ?? message.interactive.list_reply?.title ?? null;
    case "button":
      return message.button.text;
    case "reaction":
      return message.reaction.emoji ?? null;
    default:
      return null;
  }
}
