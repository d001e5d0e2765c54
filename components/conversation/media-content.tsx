import * as React from "react";
import { CircleAlertIcon, DownloadIcon, FileTextIcon, FilmIcon, ImageIcon, LoaderCircleIcon, type LucideIcon, MicIcon, MusicIcon, StickerIcon } from "lucide-react";
import type { ConsoleMessage } from "@/lib/conversation/console-types";
import { formatBytes, mediaUrl } from "./format";
import { MEDIA_LABEL, type MediaKind, type MessageView } from "./message-view";
import { RichText } from "./rich-text";

type MediaView = Extract<MessageView, { kind: "media" }>;

const ICON: Record<MediaKind, LucideIcon> = {
  image: ImageIcon,
  video: FilmIcon,
  audio: MusicIcon,
  voice: MicIcon,
  document: FileTextIcon,
  sticker: StickerIcon,
};

// Photos, videos, audio and voice notes, documents and stickers. The bytes come from our media
// store (downloaded from Meta by a job after the webhook), so a file may still be on its way or may
// have failed to download.
export function MediaContent({ message, view }: { message: ConsoleMessage; view: MediaView }) {
  const media = message.media;
  const fromCustomer = message.direction === "inbound";
  const label = MEDIA_LABEL[view.media];
  let body: React.ReactNode;
  if (!media) {
    body = <MediaNotice kind={view.media} text={`${label}${view.fileName ? `: ${view.fileName}` : ""}`} detail="Attachment not available in the console" />;
  } else if (media.status === "pending") {
    body = (
      <p role="status" className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-4 text-sm text-muted-foreground dark:bg-white/5" data-media-state="pending">
        <LoaderCircleIcon aria-hidden className="size-4 animate-spin motion-reduce:animate-none" />
        {label} is still downloading…
      </p>
    );
  } else if (media.status === "failed") {
    body = (
      <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive" data-media-state="failed">
        <CircleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          {label} could not be downloaded{media.error ? `: ${media.error}` : "."}
        </span>
      </p>
    );
  } else {
    body = <StoredMedia view={view} url={mediaUrl(media.id)} media={media} fromCustomer={fromCustomer} />;
  }

  return (
    <div className="flex flex-col gap-1.5">
      {body}
      {view.transcript ? (
        <div className="rounded-md bg-black/5 px-2 py-1.5 text-sm dark:bg-white/5">
          <p className="text-xs font-medium text-muted-foreground">Transcript</p>
          <p className="italic" data-transcript="">
            {view.transcript}
          </p>
        </div>
      ) : null}
      {view.caption ? <RichText text={view.caption} /> : null}
    </div>
  );
}

function StoredMedia({
  view,
  url,
  media,
  fromCustomer,
}: {
  view: MediaView;
  url: string;
  media: NonNullable<ConsoleMessage["media"]>;
  fromCustomer: boolean;
}) {
  switch (view.media) {
    case "image": {
      const alt = view.caption ?? (fromCustomer ? "Image from customer" : "Image sent to customer");
      return (
        <a href={url} target="_blank" rel="noopener noreferrer" className="block w-fit overflow-hidden rounded-md focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
          <span className="sr-only">Open full size image (new tab)</span>
          {/* eslint-disable-next-line @next/next/no-img-element -- same-origin bytes behind the session cookie; the image optimiser would fetch them without it */}
          <img src={url} alt={alt} loading="lazy" className="max-h-72 max-w-full rounded-md object-contain" />
        </a>
      );
    }
    case "sticker":
      return (
        // eslint-disable-next-line @next/next/no-img-element -- same-origin bytes behind the session cookie
        <img src={url} alt={view.animated ? "Animated sticker" : "Sticker"} loading="lazy" className="size-32 object-contain" />
      );
    case "video":
      return (
        <video controls preload="metadata" src={url} aria-label={view.caption ?? "Video"} className="max-h-72 max-w-full rounded-md bg-black">
          <a href={url} target="_blank" rel="noopener noreferrer">
            Download video
          </a>
        </video>
      );
    case "audio":
    case "voice": {
      const Icon = ICON[view.media];
      return (
        <div className="flex items-center gap-2">
          <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
          <audio controls preload="none" src={url} aria-label={MEDIA_LABEL[view.media]} className="h-10 w-64 max-w-full">
            <a href={url}>Download audio</a>
          </audio>
        </div>
      );
    }
    case "document": {
      const name = view.fileName ?? media.fileName ?? "Document";
      return (
        <div className="flex items-center gap-3 rounded-md border border-black/10 bg-black/5 px-3 py-2 dark:border-white/10 dark:bg-white/5">
          <FileTextIcon aria-hidden className="size-8 shrink-0 text-muted-foreground" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium" title={name}>
              {name}
            </p>
            <p className="text-xs text-muted-foreground">
              {[media.sizeBytes === null ? null : formatBytes(media.sizeBytes), media.mimeType].filter(Boolean).join(" · ")}
            </p>
          </div>
          <a
            href={url}
            download={name}
            className="inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-primary hover:bg-primary/10 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
          >
            <DownloadIcon aria-hidden className="size-4" />
            Download<span className="sr-only"> {name}</span>
          </a>
        </div>
      );
    }
  }
}

function MediaNotice({ kind, text, detail }: { kind: MediaKind; text: string; detail: string }) {
  const Icon = ICON[kind];
  return (
    <div className="flex items-center gap-2 rounded-md bg-black/5 px-3 py-2 text-sm dark:bg-white/5" data-media-state="missing">
      <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
      <span>
        {text}
        <span className="block text-xs text-muted-foreground">{detail}</span>
      </span>
    </div>
  );
}
