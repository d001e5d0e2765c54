"use client";

import * as React from "react";
import { FileTextIcon, ImageIcon, MapPinIcon, MicIcon, PaperclipIcon, SendHorizontalIcon, XIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { ChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import {
  type AttachmentPurpose,
  type PendingAttachment,
  acceptsCaption,
  attachmentKindLabel,
  attachmentMimeType,
  attachmentProblem,
} from "./attachment";
import type { LocationInput, MediaInput } from "./emulator-api";
import { formatBytes } from "./format";
import { LocationDialog } from "./location-dialog";
import { entrySummary } from "./message-content";

export type ComposerProps = {
  businessName: string;
  replyTo: ChatEntry | null;
  onCancelReply: () => void;
  // Each throws on failure; the composer shows the message and keeps what was typed.
  sendText: (text: string, replyTo: string | null) => Promise<void>;
  sendMedia: (media: MediaInput) => Promise<void>;
  sendLocation: (location: LocationInput) => Promise<void>;
};

const ACCEPT: Record<AttachmentPurpose, string> = {
  media: "image/jpeg,image/png,image/webp,video/mp4,video/3gpp",
  document: "*/*",
  voice: "audio/*,.ogg,.opus,.oga",
};

const iconButton =
  "flex size-10 shrink-0 items-center justify-center rounded-full text-[#54656f] outline-none transition-colors hover:bg-black/5 focus-visible:ring-2 focus-visible:ring-[#00a884] disabled:pointer-events-none disabled:opacity-50 dark:text-[#aebac1] dark:hover:bg-white/10";

// The customer's typing bar: Enter sends, Shift+Enter adds a line; a paperclip for photos, videos,
// documents and a location; the microphone picks an audio file to send as a voice note.
export function Composer({ businessName, replyTo, onCancelReply, sendText, sendMedia, sendLocation }: ComposerProps) {
  const [text, setText] = React.useState("");
  const [attachment, setAttachment] = React.useState<PendingAttachment | null>(null);
  const [sending, setSending] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [locationOpen, setLocationOpen] = React.useState(false);
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  const fileInputRef = React.useRef<HTMLInputElement>(null);
  const purposeRef = React.useRef<AttachmentPurpose>("media");
  const errorId = React.useId();
  const hintId = React.useId();
  const inputId = React.useId();

  // Frees the thumbnail's object URL when the attachment is replaced, sent or the chat closes.
  React.useEffect(() => {
    const url = attachment?.previewUrl;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment]);

  // A reply is a quote of text; focus the box so the customer can type it.
  React.useEffect(() => {
    if (replyTo) textareaRef.current?.focus();
  }, [replyTo]);

  const pickFile = (purpose: AttachmentPurpose) => {
    purposeRef.current = purpose;
    const input = fileInputRef.current;
    if (!input) return;
    input.accept = ACCEPT[purpose];
    input.value = "";
    input.click();
  };

  const onFileChosen = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const purpose = purposeRef.current;
    const mimeType = attachmentMimeType(file, purpose);
    const problem = attachmentProblem(file, purpose, mimeType);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setAttachment({ file, purpose, mimeType, previewUrl: mimeType.startsWith("image/") ? URL.createObjectURL(file) : null });
    // Replies quote text messages only (the emulator's media action has no reply).
    onCancelReply();
    textareaRef.current?.focus();
  };

  const canSend = !sending && (attachment !== null || text.trim() !== "");

  const run = async (work: () => Promise<void>) => {
    setSending(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "The message could not be sent.");
      return false;
    } finally {
      setSending(false);
      textareaRef.current?.focus();
    }
  };

  const send = async () => {
    if (!canSend) return;
    if (attachment) {
      const caption = acceptsCaption(attachment) ? text.trim() : "";
      const ok = await run(() =>
        sendMedia({
          file: attachment.file,
          mimeType: attachment.mimeType,
          ...(caption ? { caption } : {}),
          ...(attachment.mimeType.startsWith("audio/") ? { voice: attachment.purpose === "voice" } : {}),
        }),
      );
      if (ok) {
        setAttachment(null);
        if (caption) setText("");
      }
      return;
    }
    const body = text;
    const ok = await run(() => sendText(body, replyTo?.wamid ?? null));
    if (ok) {
      setText("");
      onCancelReply();
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape" && replyTo) {
      onCancelReply();
      return;
    }
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  };

  const captionAllowed = attachment === null || acceptsCaption(attachment);

  return (
    <div className="flex flex-col gap-1.5 bg-[#f0f2f5] px-2 py-2 dark:bg-[#202c33]">
      {replyTo ? (
        <div className="flex items-start gap-2 rounded-lg bg-white/80 p-2 dark:bg-[#111b21]/60">
          <div className="min-w-0 flex-1 border-l-4 border-[#06cf9c] pl-2 text-xs">
            <p className="font-semibold text-[#008069] dark:text-[#06cf9c]">Replying to {replyTo.direction === "inbound" ? "yourself" : businessName}</p>
            <p className="line-clamp-2 text-[#54656f] dark:text-[#aebac1]">{entrySummary(replyTo)}</p>
          </div>
          <button type="button" className={cn(iconButton, "size-7")} onClick={onCancelReply} aria-label="Cancel reply">
            <XIcon aria-hidden="true" className="size-4" />
          </button>
        </div>
      ) : null}

      {attachment ? (
        <div className="flex items-center gap-2 rounded-lg bg-white/80 p-2 dark:bg-[#111b21]/60">
          {attachment.previewUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local object URL; nothing to optimise
            <img src={attachment.previewUrl} alt="" className="size-10 shrink-0 rounded object-cover" />
          ) : (
            <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded bg-black/5 dark:bg-white/10">
              {attachment.purpose === "voice" ? <MicIcon className="size-5" /> : <FileTextIcon className="size-5" />}
            </span>
          )}
          <div className="min-w-0 flex-1 text-xs">
            <p className="truncate font-medium text-[#111b21] dark:text-[#e9edef]">{attachment.file.name}</p>
            <p className="text-[#54656f] dark:text-[#aebac1]">
              {attachmentKindLabel(attachment)} · {attachment.mimeType} · {formatBytes(attachment.file.size)}
            </p>
          </div>
          <button type="button" className={cn(iconButton, "size-7")} onClick={() => setAttachment(null)} aria-label={`Remove ${attachment.file.name}`} disabled={sending}>
            <XIcon aria-hidden="true" className="size-4" />
          </button>
        </div>
      ) : null}

      <div className="flex items-end gap-1">
        <DropdownMenu>
          <DropdownMenuTrigger className={iconButton} aria-label="Attach" disabled={sending}>
            <PaperclipIcon aria-hidden="true" className="size-5" />
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" side="top">
            <DropdownMenuItem onSelect={() => pickFile("media")}>
              <ImageIcon aria-hidden="true" /> Photo or video
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => pickFile("document")}>
              <FileTextIcon aria-hidden="true" /> Document
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => setLocationOpen(true)}>
              <MapPinIcon aria-hidden="true" /> Location
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
        <input ref={fileInputRef} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={onFileChosen} />

        <label htmlFor={inputId} className="sr-only">
          {attachment ? (captionAllowed ? "Caption" : "Message") : "Message"}
        </label>
        <textarea
          id={inputId}
          ref={textareaRef}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          // Read-only rather than disabled, so focus stays here and Enter still sends.
          readOnly={sending || !captionAllowed}
          aria-busy={sending}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          rows={1}
          placeholder={attachment ? (captionAllowed ? "Add a caption" : "Voice notes have no caption") : "Message"}
          className="field-sizing-content max-h-32 min-h-10 flex-1 resize-none rounded-lg bg-white px-3 py-2.5 text-[0.9rem] leading-snug text-[#111b21] outline-none placeholder:text-[#667781] focus-visible:ring-2 focus-visible:ring-[#00a884] read-only:opacity-80 dark:bg-[#2a3942] dark:text-[#e9edef] dark:placeholder:text-[#8696a0]"
        />
        <p id={hintId} className="sr-only">
          Enter sends, Shift+Enter starts a new line.
        </p>

        <button type="button" className={iconButton} onClick={() => pickFile("voice")} disabled={sending} aria-label="Send a voice note (choose an audio file)">
          <MicIcon aria-hidden="true" className="size-5" />
        </button>
        <button
          type="button"
          onClick={() => void send()}
          disabled={!canSend}
          aria-label={sending ? "Sending" : "Send"}
          className="flex size-10 shrink-0 items-center justify-center rounded-full bg-[#00a884] text-white outline-none transition-colors hover:bg-[#008f72] focus-visible:ring-2 focus-visible:ring-[#00a884] focus-visible:ring-offset-2 disabled:opacity-50"
        >
          <SendHorizontalIcon aria-hidden="true" className="size-5" />
        </button>
      </div>

      {error ? (
        <p id={errorId} role="alert" className="px-2 text-xs text-[#b3261e] dark:text-[#f28b82]">
          {error}
        </p>
      ) : null}

      <LocationDialog
        open={locationOpen}
        onOpenChange={setLocationOpen}
        onShare={async (location) => {
          await sendLocation(location);
          setLocationOpen(false);
          textareaRef.current?.focus();
        }}
      />
    </div>
  );
}
