import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Signed, short-lived download URLs, shaped like Meta's lookaside links
// (…/attachments?mid=<media id>&ext=<unix expiry>&hash=<signature>). Valid for 5 minutes
// (shared/whatsapp/cloud-api.md §5); a fresh GET /{media-id} issues a new one. The signing key is
// random per emulator, so URLs never survive a restart.

export const MEDIA_URL_LIFETIME_MS = 5 * 60 * 1000;

export type MediaUrlCheck = "valid" | "expired" | "invalid";

export type MediaUrlSigner = {
  // The query string (without "?") for a URL to `mediaId` issued at `now`.
  issue(mediaId: string, now: Date): string;
  check(params: URLSearchParams, now: Date): { result: MediaUrlCheck; mediaId: string | null };
};

export function createMediaUrlSigner(key: Buffer = randomBytes(32)): MediaUrlSigner {
  const sign = (mediaId: string, ext: string) => createHmac("sha256", key).update(`${mediaId}:${ext}`).digest("base64url");

  return {
    issue(mediaId, now) {
      const ext = String(Math.floor((now.getTime() + MEDIA_URL_LIFETIME_MS) / 1000));
      return new URLSearchParams({ mid: mediaId, ext, hash: sign(mediaId, ext) }).toString();
    },
    check(params, now) {
      const mediaId = params.get("mid");
      const ext = params.get("ext");
      const hash = params.get("hash");
      if (!mediaId || !ext || !/^\d+$/.test(ext) || !hash) return { result: "invalid", mediaId };
      const expected = Buffer.from(sign(mediaId, ext));
      const received = Buffer.from(hash);
      if (expected.length !== received.length || !timingSafeEqual(expected, received)) return { result: "invalid", mediaId };
      if (now.getTime() >= Number(ext) * 1000) return { result: "expired", mediaId };
      return { result: "valid", mediaId };
    },
  };
}
