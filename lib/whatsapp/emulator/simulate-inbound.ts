import { AppError } from "@/lib/errors";
import { INBOUND_MEDIA_MAX_BYTES, mimeEssence } from "@/lib/whatsapp/cloud-api/media-limits";
import { newWamid } from "@/lib/whatsapp/cloud-api/wamid";
import {
  type InboundMediaInput,
  type InboundMessageHead,
  buildInteractiveMessage,
  buildMediaMessage,
  buildReactionMessage,
  buildTextMessage,
} from "@/lib/whatsapp/webhook/build-payload";
import type { ButtonMessage, InboundMessage, LocationMessage, MessageContext } from "@/lib/whatsapp/webhook/schema";
import { toUnixSeconds } from "@/lib/whatsapp/webhook/unix-seconds";
import type { ChatEntry, InboundChatEntry, OutboundChatEntry } from "./chat-store";
import { summarizeInbound } from "./chat-summary";
import type { EmulatorContext } from "./emulator-context";
import { mediaDownloadUrl } from "./media-download-url";

// What a simulated customer can do (shared/whatsapp/cloud-api.md §9.2): write, send media, share a
// location, tap a reply button or template quick reply, pick a list row, react. Each action builds the
// message with the shared webhook builders, opens/extends the 24-hour window, lands in the chat, is
// streamed to subscribers and is delivered to the webhook.

export type InboundResult = { wamid: string; timestamp: string };

export type InboundMediaUpload = {
  bytes: Uint8Array;
  mimeType: string;
  fileName?: string;
  caption?: string;
  // A note recorded with the WhatsApp microphone (OGG/Opus) rather than an attached audio file.
  voice?: boolean;
};

export type InboundLocation = { latitude: number; longitude: number; name?: string; address?: string; url?: string };

export type InboundSimulator = {
  sendText(waId: string, text: string, options?: { replyTo?: string; forwarded?: boolean }): InboundResult;
  sendMedia(waId: string, media: InboundMediaUpload): InboundResult;
  sendLocation(waId: string, location: InboundLocation): InboundResult;
  // Reply button of an interactive message, or quick reply of a template (by payload, label or index).
  tapButton(waId: string, outboundWamid: string, buttonId: string): InboundResult;
  pickListRow(waId: string, outboundWamid: string, rowId: string): InboundResult;
  // null removes the customer's reaction.
  react(waId: string, wamid: string, emoji: string | null): InboundResult;
};

export function createInboundSimulator(ctx: EmulatorContext): InboundSimulator {
  function deliver(waId: string, context: MessageContext | undefined, build: (head: InboundMessageHead) => InboundMessage): InboundResult {
    const customer = ctx.customers.require(waId);
    const now = ctx.clock.now();
    const message = build({ id: newWamid(waId, "in"), from: waId, timestamp: now, ...(context === undefined ? {} : { context }) });
    ctx.customers.recordInbound(waId, now);
    const entry: InboundChatEntry = {
      direction: "inbound",
      wamid: message.id,
      waId,
      at: now.toISOString(),
      type: message.type,
      text: summarizeInbound(message),
      replyTo: message.type === "reaction" ? message.reaction.message_id : (context?.id ?? null),
      reactions: { customer: null, business: null },
      message,
      readByBusiness: false,
    };
    ctx.chats.append(entry);
    ctx.events.emit({ type: "inbound", waId, at: entry.at, entry });
    ctx.delivery.enqueue({
      kind: "message",
      customer: { waId, ...(customer.profileName === null ? {} : { profileName: customer.profileName }) },
      message,
    });
    return { wamid: message.id, timestamp: toUnixSeconds(now) };
  }

  // The quote of a swipe-reply or the message holding a tapped control: `from` is whoever sent it.
  function contextFor(waId: string, wamid: string): MessageContext {
    const target = requireEntry(waId, wamid);
    return { from: target.direction === "outbound" ? ctx.business.displayPhoneNumber : waId, id: wamid };
  }

  function requireEntry(waId: string, wamid: string): ChatEntry {
    ctx.customers.require(waId);
    const entry = ctx.chats.find(wamid);
    if (!entry || entry.waId !== waId) throw new AppError("not_found:whatsapp", `Message ${wamid} is not in the chat with ${waId}.`);
    return entry;
  }

  // Only messages the customer actually received can be tapped.
  function requireReceived(waId: string, wamid: string): OutboundChatEntry {
    const entry = requireEntry(waId, wamid);
    if (entry.direction !== "outbound") throw new AppError("bad_request:whatsapp", `Message ${wamid} was sent by the customer, not the business.`);
    if (entry.status === "failed") throw new AppError("bad_request:whatsapp", `Message ${wamid} failed and never reached the customer.`);
    return entry;
  }

  return {
    sendText(waId, text, options = {}) {
      if (text.trim() === "") throw new AppError("bad_request:whatsapp", "A text message needs some text.");
      const context: MessageContext | undefined = options.replyTo
        ? contextFor(waId, options.replyTo)
        : options.forwarded
          ? { forwarded: true }
          : undefined;
      return deliver(waId, context, (head) => buildTextMessage(head, text));
    },

    sendMedia(waId, media) {
      ctx.customers.require(waId);
      if (media.bytes.byteLength === 0) throw new AppError("bad_request:whatsapp", "The media file is empty.");
      if (media.bytes.byteLength > INBOUND_MEDIA_MAX_BYTES) {
        throw new AppError("bad_request:whatsapp", "Media file size too big. Max file size we currently support: 100MB (Meta answers 131052).");
      }
      const stored = ctx.media.save({
        phoneNumberId: ctx.business.phoneNumberId,
        mimeType: media.mimeType,
        fileName: media.fileName ?? null,
        bytes: Buffer.from(media.bytes),
        origin: "inbound",
      });
      const file = {
        id: stored.id,
        mimeType: media.mimeType,
        // Webhooks carry the digest in base64 (GET /{media-id} reports hex).
        sha256: Buffer.from(stored.sha256Hex, "hex").toString("base64"),
        ...(ctx.options.includeMediaUrlInWebhooks ? { url: mediaDownloadUrl(ctx, stored.id) } : {}),
      };
      const input = inboundMediaInput(media, file);
      return deliver(waId, undefined, (head) => buildMediaMessage(head, input));
    },

    sendLocation(waId, location) {
      return deliver(waId, undefined, (head): LocationMessage => ({
        from: head.from,
        id: head.id,
        timestamp: toUnixSeconds(head.timestamp),
        type: "location",
        location: {
          latitude: location.latitude,
          longitude: location.longitude,
          ...(location.name === undefined ? {} : { name: location.name }),
          ...(location.address === undefined ? {} : { address: location.address }),
          ...(location.url === undefined ? {} : { url: location.url }),
        },
      }));
    },

    tapButton(waId, outboundWamid, buttonId) {
      const target = requireReceived(waId, outboundWamid);
      const context = contextFor(waId, outboundWamid);
      const request = target.request;
      if (request.type === "interactive" && request.interactive.type === "button") {
        const button = request.interactive.action.buttons.find((candidate) => candidate.reply.id === buttonId);
        if (!button) throw new AppError("bad_request:whatsapp", `Message ${outboundWamid} has no reply button with id ${buttonId}.`);
        return deliver(waId, context, (head) => buildInteractiveMessage(head, { kind: "button_reply", id: button.reply.id, title: button.reply.title }));
      }
      const quickReply = target.template?.buttons.find(
        (button) => button.type === "quick_reply" && (button.payload === buttonId || button.text === buttonId || String(button.index) === buttonId),
      );
      if (quickReply?.type === "quick_reply") {
        // A template quick reply arrives as type "button", not "interactive" (§3.3).
        return deliver(waId, context, (head): ButtonMessage => ({
          context,
          from: head.from,
          id: head.id,
          timestamp: toUnixSeconds(head.timestamp),
          type: "button",
          button: { payload: quickReply.payload, text: quickReply.text },
        }));
      }
      throw new AppError("bad_request:whatsapp", `Message ${outboundWamid} has no button ${buttonId} to tap.`);
    },

    pickListRow(waId, outboundWamid, rowId) {
      const target = requireReceived(waId, outboundWamid);
      const request = target.request;
      if (request.type !== "interactive" || request.interactive.type !== "list") {
        throw new AppError("bad_request:whatsapp", `Message ${outboundWamid} is not a list message.`);
      }
      const row = request.interactive.action.sections.flatMap((section) => section.rows).find((candidate) => candidate.id === rowId);
      if (!row) throw new AppError("bad_request:whatsapp", `Message ${outboundWamid} has no row with id ${rowId}.`);
      const context = contextFor(waId, outboundWamid);
      return deliver(waId, context, (head) =>
        buildInteractiveMessage(head, {
          kind: "list_reply",
          id: row.id,
          title: row.title,
          ...(row.description === undefined ? {} : { description: row.description }),
        }),
      );
    },

    react(waId, wamid, emoji) {
      requireEntry(waId, wamid);
      const result = deliver(waId, undefined, (head) => buildReactionMessage(head, { messageId: wamid, emoji }));
      ctx.chats.setReaction(wamid, "customer", emoji);
      return result;
    },
  };
}

function inboundMediaInput(media: InboundMediaUpload, file: { id: string; mimeType: string; sha256: string; url?: string }): InboundMediaInput {
  const essence = mimeEssence(media.mimeType);
  if (essence === "image/webp") return { ...file, kind: "sticker", animated: false };
  if (essence.startsWith("image/")) return { ...file, kind: "image", ...(media.caption === undefined ? {} : { caption: media.caption }) };
  if (essence.startsWith("video/")) return { ...file, kind: "video", ...(media.caption === undefined ? {} : { caption: media.caption }) };
  if (essence.startsWith("audio/")) return { ...file, kind: "audio", voice: media.voice ?? false };
  return {
    ...file,
    kind: "document",
    ...(media.caption === undefined ? {} : { caption: media.caption }),
    ...(media.fileName === undefined ? {} : { fileName: media.fileName }),
  };
}
