"use client";

import * as React from "react";
import { ContactIcon } from "lucide-react";
import type { InteractiveHeader, SendMessageRequest, TemplateHeaderParameter } from "@/lib/whatsapp/cloud-api/send-schema";
import type { ChatEntry, InboundChatEntry, OutboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { InboundMessage } from "@/lib/whatsapp/webhook/schema";
import { useChat } from "./chat-context";
import type { EmulatorApi } from "./emulator-api";
import { type Attachment, LocationView, MediaView } from "./media-view";
import { RichText } from "./rich-text";

// The body of a bubble: what the business sent (from the validated Graph request) or what the
// customer sent (from the webhook message the emulator delivered).

export function OutboundContent({ entry }: { entry: OutboundChatEntry }) {
  const { api } = useChat();
  const request = entry.request;
  switch (request.type) {
    case "text":
      return <RichText text={request.text.body} />;
    case "image":
      return <MediaWithCaption attachment={outboundAttachment(api, "image", request.image)} caption={request.image.caption} />;
    case "video":
      return <MediaWithCaption attachment={outboundAttachment(api, "video", request.video)} caption={request.video.caption} />;
    case "audio":
      return <MediaView attachment={{ ...outboundAttachment(api, "audio", request.audio), voice: request.audio.voice ?? false }} />;
    case "sticker":
      return <MediaView attachment={outboundAttachment(api, "sticker", request.sticker)} />;
    case "document":
      return (
        <MediaWithCaption
          attachment={{ ...outboundAttachment(api, "document", request.document), fileName: request.document.filename ?? null }}
          caption={request.document.caption}
        />
      );
    case "location":
      return (
        <LocationView
          latitude={Number(request.location.latitude)}
          longitude={Number(request.location.longitude)}
          name={request.location.name}
          address={request.location.address}
        />
      );
    case "contacts":
      return (
        <ContactCards
          contacts={request.contacts.map((contact) => ({
            name: contact.name.formatted_name,
            phones: (contact.phones ?? []).map((phone) => phone.phone ?? phone.wa_id ?? "").filter(Boolean),
          }))}
        />
      );
    case "interactive": {
      const interactive = request.interactive;
      return (
        <div className="flex flex-col gap-1">
          {interactive.header ? <InteractiveHeaderView header={interactive.header} /> : null}
          <RichText text={interactive.body.text} />
          {interactive.footer ? <p className="text-xs opacity-60">{interactive.footer.text}</p> : null}
        </div>
      );
    }
    case "template":
      return <TemplateContent entry={entry} request={request} />;
    case "reaction":
      return <span className="text-2xl">{request.reaction.emoji}</span>;
  }
}

export function InboundContent({ entry }: { entry: InboundChatEntry }) {
  const { api } = useChat();
  const message = entry.message as InboundMessage;
  switch (message.type) {
    case "text":
      return <RichText text={message.text.body} />;
    case "image":
      return <MediaWithCaption attachment={inboundAttachment(api, "image", message.image)} caption={message.image.caption} />;
    case "video":
      return <MediaWithCaption attachment={inboundAttachment(api, "video", message.video)} caption={message.video.caption} />;
    case "audio":
      return <MediaView attachment={{ ...inboundAttachment(api, "audio", message.audio), voice: message.audio.voice ?? false }} />;
    case "sticker":
      return <MediaView attachment={inboundAttachment(api, "sticker", message.sticker)} />;
    case "document":
      return (
        <MediaWithCaption
          attachment={{ ...inboundAttachment(api, "document", message.document), fileName: message.document.filename ?? null }}
          caption={message.document.caption}
        />
      );
    case "location":
      return (
        <LocationView
          latitude={message.location.latitude}
          longitude={message.location.longitude}
          name={message.location.name}
          address={message.location.address}
        />
      );
    case "contacts":
      return (
        <ContactCards
          contacts={message.contacts.map((contact) => ({
            name: contact.name?.formatted_name ?? "Contact",
            phones: (contact.phones ?? []).map((phone) => phone.phone ?? phone.wa_id ?? "").filter(Boolean),
          }))}
        />
      );
    case "interactive":
    case "button":
      // A tapped button or picked row: WhatsApp shows the label the customer chose.
      return <RichText text={entry.text ?? "(reply)"} />;
    default:
      return entry.text ? <RichText text={entry.text} /> : <span className="italic opacity-70">Unsupported message ({message.type})</span>;
  }
}

// A one-line description of any message, for quotes and announcements.
export function entrySummary(entry: ChatEntry): string {
  if (entry.text && entry.text.trim() !== "") return entry.text;
  if (isVoiceNote(entry)) return "Voice message";
  return TYPE_LABEL[entry.type] ?? "Message";
}

function isVoiceNote(entry: ChatEntry): boolean {
  if (entry.direction === "outbound") return entry.request.type === "audio" && entry.request.audio.voice === true;
  const message = entry.message as InboundMessage;
  return message.type === "audio" && message.audio.voice === true;
}

const TYPE_LABEL: Record<string, string> = {
  image: "Photo",
  video: "Video",
  audio: "Audio",
  document: "Document",
  sticker: "Sticker",
  location: "Location",
  contacts: "Contact",
  interactive: "Message",
  template: "Message",
  reaction: "Reaction",
};

function MediaWithCaption({ attachment, caption }: { attachment: Attachment; caption: string | undefined }) {
  return (
    <div className="flex flex-col gap-1">
      <MediaView attachment={attachment} />
      {caption ? <RichText text={caption} /> : null}
    </div>
  );
}

function ContactCards({ contacts }: { contacts: { name: string; phones: string[] }[] }) {
  return (
    <ul className="flex flex-col gap-1.5">
      {contacts.map((contact, index) => (
        <li key={index} className="flex min-w-48 items-center gap-2 rounded-md bg-black/5 p-2 dark:bg-white/5">
          <ContactIcon aria-hidden="true" className="size-6 shrink-0 opacity-60" />
          <span className="flex min-w-0 flex-col">
            <span className="truncate text-sm font-medium">{contact.name}</span>
            {contact.phones.map((phone) => (
              <span key={phone} className="text-xs tabular-nums opacity-70">
                {phone}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

function InteractiveHeaderView({ header }: { header: InteractiveHeader }) {
  const { api } = useChat();
  switch (header.type) {
    case "text":
      return <p className="font-semibold">{header.text}</p>;
    case "image":
      return <MediaView attachment={outboundAttachment(api, "image", header.image)} />;
    case "video":
      return <MediaView attachment={outboundAttachment(api, "video", header.video)} />;
    case "document":
      return <MediaView attachment={{ ...outboundAttachment(api, "document", header.document), fileName: header.document.filename ?? null }} />;
  }
}

function TemplateContent({ entry, request }: { entry: OutboundChatEntry; request: Extract<SendMessageRequest, { type: "template" }> }) {
  const { api } = useChat();
  const rendered = entry.template;
  if (!rendered) return <p className="italic opacity-70">Template {request.template.name}</p>;
  const headerParameter = request.template.components?.find((component) => component.type === "header")?.parameters[0];
  return (
    <div className="flex flex-col gap-1">
      {rendered.header?.format === "TEXT" && rendered.header.text ? <p className="font-semibold">{rendered.header.text}</p> : null}
      {rendered.header && rendered.header.format !== "TEXT" ? <TemplateHeaderMedia api={api} format={rendered.header.format} parameter={headerParameter} /> : null}
      <RichText text={rendered.body} />
      {rendered.footer ? <p className="text-xs opacity-60">{rendered.footer}</p> : null}
    </div>
  );
}

function TemplateHeaderMedia({
  api,
  format,
  parameter,
}: {
  api: EmulatorApi;
  format: "IMAGE" | "VIDEO" | "DOCUMENT" | "LOCATION" | "TEXT";
  parameter: TemplateHeaderParameter | undefined;
}) {
  if (parameter?.type === "image") return <MediaView attachment={outboundAttachment(api, "image", parameter.image)} />;
  if (parameter?.type === "video") return <MediaView attachment={outboundAttachment(api, "video", parameter.video)} />;
  if (parameter?.type === "document") {
    return <MediaView attachment={{ ...outboundAttachment(api, "document", parameter.document), fileName: parameter.document.filename ?? null }} />;
  }
  if (parameter?.type === "location") {
    return (
      <LocationView
        latitude={Number(parameter.location.latitude)}
        longitude={Number(parameter.location.longitude)}
        name={parameter.location.name}
        address={parameter.location.address}
      />
    );
  }
  const kind = format === "VIDEO" ? "video" : format === "DOCUMENT" ? "document" : "image";
  return <MediaView attachment={{ kind, src: null, link: null, fileName: null, mimeType: null }} />;
}

function outboundAttachment(api: EmulatorApi, kind: Attachment["kind"], source: { id?: string | undefined; link?: string | undefined }): Attachment {
  return { kind, src: source.id ? api.mediaUrl(source.id) : null, link: source.link ?? null, fileName: null, mimeType: null };
}

function inboundAttachment(api: EmulatorApi, kind: Attachment["kind"], media: { id: string; mime_type: string }): Attachment {
  return { kind, src: api.mediaUrl(media.id), link: null, fileName: null, mimeType: media.mime_type };
}
