import { mimeEssence, mimeTypeFromFileName } from "@/lib/whatsapp/cloud-api/media-limits";

// Files the simulated customer attaches: which MIME type to send and whether the emulator will take it.

export type AttachmentPurpose = "media" | "document" | "voice";

export type PendingAttachment = {
  file: File;
  purpose: AttachmentPurpose;
  mimeType: string;
  // Object URL for a thumbnail (images only); revoked when the attachment goes away.
  previewUrl: string | null;
};

// The control API reads at most 40 MB per request; leave room for the multipart envelope.
export const MAX_ATTACHMENT_BYTES = 39 * 1024 * 1024;

// The browser's type when it knows one, else a guess from the extension. Voice notes recorded by
// WhatsApp are OGG/Opus, and Meta reports them as "audio/ogg; codecs=opus".
export function attachmentMimeType(file: File, purpose: AttachmentPurpose): string {
  const mimeType = file.type || (mimeTypeFromFileName(file.name) ?? "application/octet-stream");
  if (purpose === "voice" && mimeEssence(mimeType) === "audio/ogg") return "audio/ogg; codecs=opus";
  return mimeType;
}

export function attachmentProblem(file: File, purpose: AttachmentPurpose, mimeType: string): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `${file.name} is too large for the simulator (39 MB at most).`;
  const essence = mimeEssence(mimeType);
  if (purpose === "voice" && !essence.startsWith("audio/")) return `A voice note must be an audio file; ${file.name} is ${essence}.`;
  if (purpose === "media" && !essence.startsWith("image/") && !essence.startsWith("video/")) {
    return `${file.name} is not a photo or video; attach it as a document instead.`;
  }
  return null;
}

// What the emulator turns the file into (it decides by MIME type, like WhatsApp's upload).
export function attachmentKindLabel(attachment: PendingAttachment): string {
  const essence = mimeEssence(attachment.mimeType);
  if (attachment.purpose === "voice") return "Voice note";
  if (essence === "image/webp") return "Sticker";
  if (essence.startsWith("image/")) return "Photo";
  if (essence.startsWith("video/")) return "Video";
  if (essence.startsWith("audio/")) return "Audio";
  return "Document";
}

// Audio carries no caption on WhatsApp; everything else may.
export function acceptsCaption(attachment: PendingAttachment): boolean {
  return !mimeEssence(attachment.mimeType).startsWith("audio/") && mimeEssence(attachment.mimeType) !== "image/webp";
}
