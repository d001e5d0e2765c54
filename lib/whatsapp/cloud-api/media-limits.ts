// Media types and size limits of the Cloud API (shared/whatsapp/cloud-api.md §5). Shared by the
// emulator's upload endpoint and by our client, which can refuse a file before uploading it.

export type MediaKind = "audio" | "document" | "image" | "sticker" | "video";

const MB = 1024 * 1024;
const KB = 1024;

type MediaRule = { kind: MediaKind; maxBytes: number };

// Keyed by the MIME essence (lower-case, parameters dropped). Stickers are the only WebP files;
// Meta allows 100 KB static and 500 KB animated, and an upload cannot tell which, so the larger applies.
const MEDIA_RULES: Readonly<Record<string, MediaRule>> = {
  "audio/aac": { kind: "audio", maxBytes: 16 * MB },
  "audio/amr": { kind: "audio", maxBytes: 16 * MB },
  "audio/mpeg": { kind: "audio", maxBytes: 16 * MB },
  "audio/mp4": { kind: "audio", maxBytes: 16 * MB },
  // Opus only; Meta rejects Vorbis in the same container, which a MIME type cannot show.
  "audio/ogg": { kind: "audio", maxBytes: 16 * MB },
  "text/plain": { kind: "document", maxBytes: 100 * MB },
  "application/pdf": { kind: "document", maxBytes: 100 * MB },
  "application/msword": { kind: "document", maxBytes: 100 * MB },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { kind: "document", maxBytes: 100 * MB },
  "application/vnd.ms-excel": { kind: "document", maxBytes: 100 * MB },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { kind: "document", maxBytes: 100 * MB },
  "application/vnd.ms-powerpoint": { kind: "document", maxBytes: 100 * MB },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { kind: "document", maxBytes: 100 * MB },
  "image/jpeg": { kind: "image", maxBytes: 5 * MB },
  "image/png": { kind: "image", maxBytes: 5 * MB },
  "image/webp": { kind: "sticker", maxBytes: 500 * KB },
  "video/mp4": { kind: "video", maxBytes: 16 * MB },
  "video/3gpp": { kind: "video", maxBytes: 16 * MB },
};

// Media a customer sends us may be up to 100 MB; anything larger fails with 131052.
export const INBOUND_MEDIA_MAX_BYTES = 100 * MB;

export const SUPPORTED_MEDIA_TYPES: readonly string[] = Object.keys(MEDIA_RULES);

// "audio/ogg; codecs=opus" → "audio/ogg"
export function mimeEssence(mimeType: string): string {
  return (mimeType.split(";")[0] ?? "").trim().toLowerCase();
}

export function mediaRuleFor(mimeType: string): MediaRule | undefined {
  return MEDIA_RULES[mimeEssence(mimeType)];
}

// The MIME type a file name's extension stands for, for when a browser leaves the type empty or
// generic: the types above, plus .oga/.opus for OGG audio. undefined for anything else.
const TYPE_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ["jpg", "image/jpeg"],
  ["jpeg", "image/jpeg"],
  ["png", "image/png"],
  ["webp", "image/webp"],
  ["mp4", "video/mp4"],
  ["3gp", "video/3gpp"],
  ["aac", "audio/aac"],
  ["amr", "audio/amr"],
  ["mp3", "audio/mpeg"],
  ["m4a", "audio/mp4"],
  ["ogg", "audio/ogg"],
  ["oga", "audio/ogg"],
  ["opus", "audio/ogg"],
  ["txt", "text/plain"],
  ["pdf", "application/pdf"],
  ["doc", "application/msword"],
  ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["xls", "application/vnd.ms-excel"],
  ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ["ppt", "application/vnd.ms-powerpoint"],
  ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
]);

// "Report.PDF" → "application/pdf"; "notes" and "archive.zip" → undefined.
export function mimeTypeFromFileName(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? undefined : TYPE_BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase());
}

export type MediaCheck = { ok: true; kind: MediaKind } | { ok: false; reason: "unsupported_type" | "too_large"; details: string };

export function checkMediaUpload(mimeType: string, sizeBytes: number): MediaCheck {
  const rule = mediaRuleFor(mimeType);
  if (!rule) {
    return { ok: false, reason: "unsupported_type", details: `Unsupported media type: ${mimeEssence(mimeType) || "(none)"}.` };
  }
  if (sizeBytes > rule.maxBytes) {
    return {
      ok: false,
      reason: "too_large",
      details: `Media file size too big: ${sizeBytes} bytes. Max file size for ${mimeEssence(mimeType)} is ${rule.maxBytes} bytes.`,
    };
  }
  return { ok: true, kind: rule.kind };
}
