import { GRAPH_ERROR } from "@/lib/whatsapp/cloud-api/graph-errors";
import { mimeEssence } from "@/lib/whatsapp/cloud-api/media-limits";
import type { SendMessageRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import type { MediaStore } from "./media-store";

// Media sent by uploaded id must exist for this number and suit the message type; otherwise Meta
// accepts the send and fails it with 131053 (shared/whatsapp/cloud-api.md §4.7: a mismatched MIME
// type is the most common media failure). Links cannot be fetched offline, so they are trusted.
export function outboundMediaFailure(media: MediaStore, phoneNumberId: string, request: SendMessageRequest): { code: number; details: string } | null {
  const reference = mediaReference(request);
  if (!reference?.id) return null;
  const stored = media.get(reference.id);
  if (!stored || stored.phoneNumberId !== phoneNumberId) {
    return { code: GRAPH_ERROR.mediaUploadError, details: `Media upload error: media id ${reference.id} does not exist or has expired.` };
  }
  if (!ACCEPTS[reference.type](mimeEssence(stored.mimeType))) {
    return { code: GRAPH_ERROR.mediaUploadError, details: `Media upload error: ${mimeEssence(stored.mimeType)} cannot be sent as ${reference.type}.` };
  }
  return null;
}

type MediaMessageType = "image" | "video" | "audio" | "document" | "sticker";

const ACCEPTS: Record<MediaMessageType, (essence: string) => boolean> = {
  image: (essence) => essence === "image/jpeg" || essence === "image/png",
  video: (essence) => essence.startsWith("video/"),
  audio: (essence) => essence.startsWith("audio/"),
  sticker: (essence) => essence === "image/webp",
  // Any supported file can go out as a document.
  document: () => true,
};

function mediaReference(request: SendMessageRequest): { type: MediaMessageType; id: string | undefined } | null {
  switch (request.type) {
    case "image":
      return { type: "image", id: request.image.id };
    case "video":
      return { type: "video", id: request.video.id };
    case "audio":
      return { type: "audio", id: request.audio.id };
    case "document":
      return { type: "document", id: request.document.id };
    case "sticker":
      return { type: "sticker", id: request.sticker.id };
    default:
      return null;
  }
}
