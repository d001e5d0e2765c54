import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { media, messages, conversations } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { checkMediaUpload } from "@/lib/whatsapp/cloud-api/media-limits";
import type { GraphApiClient } from "../graph-api-client";
import type { MediaStorage } from "./media-storage";

const log = childLogger("media");

export type MediaFetchResult = { status: "stored" | "failed" | "already_done"; error?: string; conversationId?: string; inboxId?: string; messageId?: string };

// Resolves a WhatsApp media id, downloads the bytes with the access token, checks the checksum,
// type and size, and stores them. A failure marks the media (and so the message) with the reason;
// it never blocks the conversation.
export async function fetchInboundMedia(db: Db, mediaId: string, deps: { client: GraphApiClient; storage: MediaStorage; maxBytes: number }): Promise<MediaFetchResult> {
  const [row] = await db.select().from(media).where(eq(media.id, mediaId)).limit(1);
  if (!row || row.status !== "pending" || !row.waMediaId) return { status: "already_done" };
  let result: MediaFetchResult;
  try {
    const metadata = await deps.client.getMedia(row.waMediaId);
    const check = checkMediaUpload(metadata.mime_type, metadata.file_size);
    if (!check.ok) throw new MediaRejected(check.details);
    if (metadata.file_size > deps.maxBytes) throw new MediaRejected(`${metadata.file_size} bytes is over the configured limit of ${deps.maxBytes}`);
    const bytes = await deps.client.downloadMedia(metadata.url, deps.maxBytes);
    const hex = createHash("sha256").update(bytes).digest("hex");
    const expected = normaliseSha256(row.sha256 ?? metadata.sha256);
    if (expected && expected !== hex) throw new MediaRejected("checksum mismatch: the downloaded bytes are not the file WhatsApp announced");
    await deps.storage.put(hex, bytes, metadata.mime_type);
    await db.update(media).set({ status: "stored", storageKey: hex, sha256: hex, sizeBytes: bytes.byteLength, mimeType: metadata.mime_type, error: null }).where(eq(media.id, mediaId));
    result = { status: "stored" };
  } catch (error) {
    if (!(error instanceof MediaRejected)) throw error; // transient (network, 5xx): the job retries
    await db.update(media).set({ status: "failed", error: error.message }).where(eq(media.id, mediaId));
    log.warn({ mediaId, reason: error.message }, "inbound media rejected");
    result = { status: "failed", error: error.message };
  }
  const [message] = await db
    .select({ id: messages.id, conversationId: messages.conversationId, inboxId: conversations.inboxId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(eq(messages.mediaId, mediaId))
    .limit(1);
  return { ...result, messageId: message?.id, conversationId: message?.conversationId, inboxId: message?.inboxId };
}

class MediaRejected extends Error {}

// Webhooks carry the hash in base64, the media endpoint in hex.
function normaliseSha256(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^[0-9a-f]{64}$/i.test(value)) return value.toLowerCase();
  const bytes = Buffer.from(value, "base64");
  return bytes.byteLength === 32 ? bytes.toString("hex") : null;
}
