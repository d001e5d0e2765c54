import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { media } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { MediaStorage } from "./media-storage";

export async function readStoredMedia(db: Db, storage: MediaStorage, mediaId: string): Promise<{ bytes: Uint8Array; mimeType: string; fileName: string | null }> {
  const [row] = await db.select().from(media).where(eq(media.id, mediaId)).limit(1);
  if (!row) throw new AppError("not_found:whatsapp", "No such media.");
  if (row.status === "pending") throw new AppError("conflict:whatsapp", "The file is still being downloaded from WhatsApp.");
  if (row.status === "failed" || !row.storageKey) throw new AppError("not_found:whatsapp", `The file is not available: ${row.error ?? "download failed"}.`);
  const bytes = await storage.get(row.storageKey);
  if (!bytes) throw new AppError("not_found:whatsapp", "The file is missing from storage.");
  return { bytes, mimeType: row.mimeType, fileName: row.fileName };
}
