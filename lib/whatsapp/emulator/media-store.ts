import { createHash } from "node:crypto";
import { newMediaId } from "./ids";
import type { VirtualClock } from "./virtual-clock";

// Media bytes held by the emulator: files the business uploaded (POST /{phone-number-id}/media) and
// files simulated customers sent. Kept in memory until they expire (uploads 30 days, received media
// 7 days, per shared/whatsapp/cloud-api.md §5), are deleted, or the emulator is reset.

export type MediaOrigin = "upload" | "inbound";

export type StoredMedia = {
  id: string;
  phoneNumberId: string;
  mimeType: string;
  fileName: string | null;
  bytes: Buffer;
  // GET /{media-id} reports hex; webhooks carry the same digest in base64.
  sha256Hex: string;
  origin: MediaOrigin;
  createdAt: Date;
  expiresAt: Date;
};

export type MediaStore = {
  save(input: { phoneNumberId: string; mimeType: string; fileName?: string | null; bytes: Buffer; origin: MediaOrigin }): StoredMedia;
  // Undefined once expired or deleted.
  get(id: string): StoredMedia | undefined;
  remove(id: string): boolean;
  reset(): void;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const LIFETIME_MS: Record<MediaOrigin, number> = { upload: 30 * DAY_MS, inbound: 7 * DAY_MS };

export function createMediaStore(clock: VirtualClock): MediaStore {
  const media = new Map<string, StoredMedia>();

  function pruneExpired(now: Date): void {
    for (const [id, item] of media) if (item.expiresAt <= now) media.delete(id);
  }

  return {
    save(input) {
      const now = clock.now();
      pruneExpired(now);
      const item: StoredMedia = {
        id: newMediaId(),
        phoneNumberId: input.phoneNumberId,
        mimeType: input.mimeType,
        fileName: input.fileName ?? null,
        // Copy: the caller's buffer may be a view into a larger request body.
        bytes: Buffer.from(input.bytes),
        sha256Hex: createHash("sha256").update(input.bytes).digest("hex"),
        origin: input.origin,
        createdAt: now,
        expiresAt: new Date(now.getTime() + LIFETIME_MS[input.origin]),
      };
      media.set(item.id, item);
      return item;
    },
    get(id) {
      const item = media.get(id);
      if (!item) return undefined;
      if (item.expiresAt <= clock.now()) {
        media.delete(id);
        return undefined;
      }
      return item;
    },
    remove: (id) => media.delete(id),
    reset: () => media.clear(),
  };
}
