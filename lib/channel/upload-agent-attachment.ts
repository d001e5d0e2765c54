import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, inboxes, media } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { UploadedAttachment } from "@/lib/conversation/console-types";
import { GraphApiError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { mediaRuleFor, mimeEssence, mimeTypeFromFileName, type MediaKind } from "@/lib/whatsapp/cloud-api/media-limits";
import type { GraphApiClient } from "./graph-api-client";
import type { MediaStorage } from "./media/media-storage";

export type AttachmentFile = { bytes: Uint8Array; fileName: string; mimeType: string };

const KB = 1024;
const MB = 1024 * KB;

const KIND_NAMES: Record<MediaKind, string> = { image: "Images", video: "Videos", audio: "Audio files", document: "Documents", sticker: "Stickers" };

// A file a person attaches in the console: checked against WhatsApp's types and limits before
// anything is uploaded (a clear refusal instead of Meta's error), kept in our own storage with a
// media row so the conversation can show what was sent, then uploaded to WhatsApp. The returned
// WhatsApp media id goes into a media message; queueOutboundMessage links it back to the row.
export async function uploadAgentAttachment(
  db: Db,
  input: { file: AttachmentFile; conversationId?: string },
  deps: { client: GraphApiClient; storage: MediaStorage; defaultPhoneNumberId: string },
): Promise<UploadedAttachment> {
  const fileName = cleanFileName(input.file.fileName);
  const mimeType = resolveMimeType(input.file.mimeType, fileName);
  const sizeBytes = input.file.bytes.byteLength;
  const kind = checkAttachment(mimeType, sizeBytes);

  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  await deps.storage.put(sha256, input.file.bytes, mimeType);
  const phoneNumberId = input.conversationId ? await phoneNumberOf(db, input.conversationId) : deps.defaultPhoneNumberId;
  const waMediaId = await uploadToWhatsApp(deps.client, phoneNumberId, { bytes: input.file.bytes, mimeType, fileName });
  await db.insert(media).values({ waMediaId, mimeType, sha256, sizeBytes, fileName, storageKey: sha256, status: "stored" });
  return { waMediaId, kind, fileName, mimeType, sizeBytes };
}

function checkAttachment(mimeType: string, sizeBytes: number): MediaKind {
  if (sizeBytes === 0) throw new AppError("bad_request:api", "The file is empty.");
  const rule = mediaRuleFor(mimeType);
  if (!rule) {
    throw new AppError(
      "bad_request:api",
      `WhatsApp cannot send ${mimeType ? `${mimeType} files` : "files of an unknown type"}. Send a photo (JPEG, PNG), a video (MP4, 3GPP), audio (AAC, AMR, MP3, M4A, OGG), a sticker (WebP) or a document (PDF, text, Word, Excel, PowerPoint).`,
      { details: { reason: "unsupported_type", mimeType } },
    );
  }
  if (sizeBytes > rule.maxBytes) {
    throw new AppError("bad_request:api", `${KIND_NAMES[rule.kind]} can be at most ${formatSize(rule.maxBytes)}; this one is ${formatSize(sizeBytes)}.`, {
      details: { reason: "too_large", maxBytes: rule.maxBytes, sizeBytes },
    });
  }
  return rule.kind;
}

// A media id belongs to the number that uploaded it, so the file goes up through the number the
// conversation is on.
async function phoneNumberOf(db: Db, conversationId: string): Promise<string> {
  const [row] = await db
    .select({ phoneNumberId: inboxes.phoneNumberId })
    .from(conversations)
    .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw new AppError("not_found:api", "Conversation not found.");
  return row.phoneNumberId;
}

async function uploadToWhatsApp(client: GraphApiClient, phoneNumberId: string, file: AttachmentFile): Promise<string> {
  try {
    return await client.uploadMedia(phoneNumberId, file);
  } catch (error) {
    if (error instanceof GraphApiError && error.httpStatus < 500 && !error.retryable) {
      throw new AppError("bad_request:whatsapp", `WhatsApp refused the file: ${error.details ?? error.message}`, { cause: error });
    }
    throw new AppError("unavailable:whatsapp", `WhatsApp did not accept the upload, try again: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

// Browsers leave the type empty (or generic) for some files; the extension then decides.
function resolveMimeType(declared: string, fileName: string): string {
  const essence = mimeEssence(declared);
  if (essence && essence !== "application/octet-stream") return essence;
  return mimeTypeFromFileName(fileName) ?? essence;
}

// WhatsApp shows the name to the customer; path parts and control characters have no place there.
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 240);
  return cleaned || "file";
}

// 16777216 → "16 MB", 24536678 → "23.4 MB", 512000 → "500 KB".
function formatSize(bytes: number): string {
  const [unit, size] = bytes >= MB ? ["MB", bytes / MB] : ["KB", bytes / KB];
  return `${Number(size.toFixed(1))} ${unit}`;
}
