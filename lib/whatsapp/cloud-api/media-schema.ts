import { z } from "zod";

// Answers of the media endpoints (shared/whatsapp/cloud-api.md §5).

// POST /{phone-number-id}/media
export const mediaUploadResponseSchema = z.looseObject({ id: z.string().min(1) });
export type MediaUploadResponse = z.infer<typeof mediaUploadResponseSchema>;

// GET /{media-id}. `url` is valid for 5 minutes and needs the bearer token. Meta documents
// `file_size` as a string but sends a number, and `sha256` here is hex (base64 in webhooks).
export const mediaMetadataSchema = z.looseObject({
  messaging_product: z.literal("whatsapp"),
  url: z.string().min(1),
  mime_type: z.string(),
  sha256: z.string(),
  file_size: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  id: z.string().min(1),
});
export type MediaMetadata = z.infer<typeof mediaMetadataSchema>;
