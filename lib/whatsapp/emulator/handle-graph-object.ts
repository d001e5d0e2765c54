import type { ServerResponse } from "node:http";
import type { MediaMetadata } from "@/lib/whatsapp/cloud-api/media-schema";
import type { EmulatorContext } from "./emulator-context";
import { unknownObjectError } from "./graph-object-errors";
import { sendGraphError, sendJson } from "./http-respond";
import { mediaDownloadUrl } from "./media-download-url";
import type { StoredMedia } from "./media-store";

// GET /{id}: a media object (metadata with a fresh 5-minute download URL, §5) or the business phone
// number (§9.1, optional in the blueprint). DELETE /{id}: deletes a media object. An optional
// ?phone_number_id= restricts media to the number that owns it, as on Graph.
export function handleGraphObjectGet(ctx: EmulatorContext, res: ServerResponse, url: URL, objectId: string): void {
  if (objectId === ctx.business.phoneNumberId) return sendJson(res, 200, phoneNumberInfo(ctx));
  const media = ownedMedia(ctx, url, objectId);
  if (!media) return sendGraphError(res, unknownObjectError("GET", objectId));
  sendJson(res, 200, mediaMetadata(ctx, media));
}

export function handleGraphObjectDelete(ctx: EmulatorContext, res: ServerResponse, url: URL, objectId: string): void {
  const media = ownedMedia(ctx, url, objectId);
  if (!media) return sendGraphError(res, unknownObjectError("DELETE", objectId));
  ctx.media.remove(media.id);
  sendJson(res, 200, { success: true });
}

function mediaMetadata(ctx: EmulatorContext, media: StoredMedia): MediaMetadata {
  // Observed Graph answers: file_size as a number, sha256 as hex (webhooks use base64).
  return {
    messaging_product: "whatsapp",
    url: mediaDownloadUrl(ctx, media.id),
    mime_type: media.mimeType,
    sha256: media.sha256Hex,
    file_size: media.bytes.length,
    id: media.id,
  };
}

function ownedMedia(ctx: EmulatorContext, url: URL, mediaId: string): StoredMedia | undefined {
  const media = ctx.media.get(mediaId);
  const owner = url.searchParams.get("phone_number_id");
  if (!media || (owner !== null && owner !== media.phoneNumberId)) return undefined;
  return media;
}

function phoneNumberInfo(ctx: EmulatorContext) {
  return {
    verified_name: ctx.options.business.verifiedName,
    display_phone_number: `+${ctx.business.displayPhoneNumber}`,
    quality_rating: "GREEN",
    code_verification_status: "VERIFIED",
    platform_type: "CLOUD_API",
    throughput: { level: "STANDARD" },
    id: ctx.business.phoneNumberId,
  };
}
