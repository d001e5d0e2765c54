"use client";

import * as React from "react";
import { DownloadIcon, ExternalLinkIcon, FileIcon, FileTextIcon, FilmIcon, ImageIcon, MapPinIcon, MicIcon, MusicIcon, StickerIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { fileNameFromUrl, mapUrl } from "./format";

// Media inside a bubble. Bytes the emulator holds (customer uploads, media the business uploaded
// and sent by id) are loaded from its control API; media sent by link is not fetched (the emulator
// works offline), so it gets a labelled placeholder with the link instead.

export type MediaKind = "image" | "video" | "audio" | "document" | "sticker";

export type Attachment = {
  kind: MediaKind;
  // Emulator-served URL, when the emulator has the bytes.
  src: string | null;
  // The public link the business sent instead of an upload.
  link: string | null;
  fileName: string | null;
  mimeType: string | null;
  voice?: boolean;
};

const KIND_LABEL: Record<MediaKind, string> = { image: "Photo", video: "Video", audio: "Audio", document: "Document", sticker: "Sticker" };
const KIND_ICON: Record<MediaKind, React.ComponentType<{ className?: string }>> = {
  image: ImageIcon,
  video: FilmIcon,
  audio: MusicIcon,
  document: FileTextIcon,
  sticker: StickerIcon,
};

export function attachmentLabel(attachment: Attachment): string {
  if (attachment.kind === "audio" && attachment.voice) return "Voice message";
  return KIND_LABEL[attachment.kind];
}

export function MediaView({ attachment }: { attachment: Attachment }) {
  const [broken, setBroken] = React.useState(false);
  const name = attachment.fileName ?? (attachment.link ? fileNameFromUrl(attachment.link) : null);

  if (!attachment.src || broken) {
    return (
      <MediaPlaceholder
        kind={attachment.kind}
        label={attachmentLabel(attachment)}
        name={name}
        // A failed load is a file the emulator no longer holds (it forgets on restart) or one this
        // browser cannot decode; offer the bytes either way.
        detail={broken ? "Cannot be shown here" : attachment.link ? "Sent as a link (not fetched offline)" : null}
        href={broken ? attachment.src : attachment.link}
        hrefLabel={broken ? "Download" : "Open link"}
      />
    );
  }

  switch (attachment.kind) {
    case "image":
    case "sticker":
      return (
        <a href={attachment.src} target="_blank" rel="noopener noreferrer" className="block overflow-hidden rounded-md">
          {/* eslint-disable-next-line @next/next/no-img-element -- same-origin bytes behind the session cookie; the image optimiser would fetch them without it */}
          <img
            src={attachment.src}
            alt={name ? `${attachmentLabel(attachment)}: ${name}` : attachmentLabel(attachment)}
            loading="lazy"
            onError={() => setBroken(true)}
            className={cn("block h-auto bg-black/5 object-cover", attachment.kind === "sticker" ? "max-h-32 w-32 bg-transparent" : "max-h-72 w-full")}
          />
        </a>
      );
    case "video":
      return (
        <video controls preload="metadata" src={attachment.src} onError={() => setBroken(true)} className="block max-h-72 w-full rounded-md bg-black">
          <track kind="captions" />
        </video>
      );
    case "audio":
      return (
        <div className="flex min-w-56 items-center gap-2">
          <span
            aria-hidden="true"
            className={cn(
              "flex size-9 shrink-0 items-center justify-center rounded-full",
              attachment.voice ? "bg-[#00a884] text-white" : "bg-[#fa6533] text-white",
            )}
          >
            {attachment.voice ? <MicIcon className="size-4" /> : <MusicIcon className="size-4" />}
          </span>
          <audio
            controls
            preload="metadata"
            src={attachment.src}
            onError={() => setBroken(true)}
            aria-label={attachmentLabel(attachment)}
            className="h-9 w-full min-w-0"
          />
        </div>
      );
    case "document":
      return (
        <a
          href={attachment.src}
          download={name ?? undefined}
          className="flex min-w-56 items-center gap-3 rounded-md bg-black/5 p-2.5 hover:bg-black/10 dark:bg-white/5 dark:hover:bg-white/10"
        >
          <FileIcon aria-hidden="true" className="size-8 shrink-0 text-[#667781] dark:text-[#8696a0]" />
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="truncate text-sm font-medium">{name ?? "Document"}</span>
            {attachment.mimeType ? <span className="truncate text-xs opacity-70">{attachment.mimeType}</span> : null}
          </span>
          <DownloadIcon aria-hidden="true" className="size-4 shrink-0 opacity-70" />
          <span className="sr-only">Download</span>
        </a>
      );
  }
}

export function MediaPlaceholder({
  kind,
  label,
  name,
  detail,
  href,
  hrefLabel = "Open link",
}: {
  kind: MediaKind;
  label: string;
  name: string | null;
  detail: string | null;
  href: string | null;
  hrefLabel?: string;
}) {
  const Icon = KIND_ICON[kind];
  return (
    <div
      role="group"
      aria-label={`${label}${name ? `: ${name}` : ""}${detail ? ` (${detail})` : ""}`}
      className="flex min-w-56 items-center gap-3 rounded-md border border-dashed border-black/20 bg-black/5 p-3 dark:border-white/20 dark:bg-white/5"
    >
      <Icon className="size-7 shrink-0 opacity-60" />
      <span className="flex min-w-0 flex-col">
        <span className="text-sm font-medium">{label}</span>
        {name ? <span className="truncate text-xs opacity-80">{name}</span> : null}
        {detail ? <span className="text-xs opacity-60">{detail}</span> : null}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" className="mt-1 inline-flex items-center gap-1 text-xs text-[#027eb5] underline dark:text-[#53bdeb]">
            {hrefLabel} <ExternalLinkIcon aria-hidden="true" className="size-3" />
          </a>
        ) : null}
      </span>
    </div>
  );
}

export function LocationView({
  latitude,
  longitude,
  name,
  address,
}: {
  latitude: number;
  longitude: number;
  name?: string | undefined;
  address?: string | undefined;
}) {
  return (
    <a
      href={mapUrl(latitude, longitude)}
      target="_blank"
      rel="noopener noreferrer"
      className="flex min-w-56 flex-col overflow-hidden rounded-md bg-black/5 hover:bg-black/10 dark:bg-white/5 dark:hover:bg-white/10"
    >
      <span
        aria-hidden="true"
        className="flex h-24 items-center justify-center bg-[repeating-linear-gradient(45deg,rgb(0_0_0/0.04)_0_10px,transparent_10px_20px)] dark:bg-[repeating-linear-gradient(45deg,rgb(255_255_255/0.05)_0_10px,transparent_10px_20px)]"
      >
        <MapPinIcon className="size-8 text-[#e53935]" />
      </span>
      <span className="flex flex-col p-2">
        <span className="text-sm font-medium">{name ?? "Location"}</span>
        {address ? <span className="text-xs opacity-80">{address}</span> : null}
        <span className="text-xs tabular-nums opacity-60">
          {latitude.toFixed(5)}, {longitude.toFixed(5)}
        </span>
      </span>
    </a>
  );
}
