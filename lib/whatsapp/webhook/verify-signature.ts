import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing_signature" | "malformed_signature" | "signature_mismatch" };

const SIGNATURE_PREFIX = "sha256=";
const SHA256_HEX = /^[0-9a-f]{64}$/i;

// Checks X-Hub-Signature-256 over the exact bytes received. Pass the raw body (req.arrayBuffer()),
// never a re-serialised JSON.parse result: Meta escapes non-ASCII and "/" in the signed bytes, and
// JSON.stringify does not, so a re-serialised body fails for any message with "é", an emoji or a URL.
export function verifyWebhookSignature(
  rawBody: Uint8Array | Buffer,
  header: string | null,
  appSecret: string,
): SignatureCheck {
  assertAppSecret(appSecret);
  if (header === null || header.trim() === "") return { ok: false, reason: "missing_signature" };

  const value = header.trim();
  if (!value.startsWith(SIGNATURE_PREFIX)) return { ok: false, reason: "malformed_signature" };
  const hex = value.slice(SIGNATURE_PREFIX.length);
  if (!SHA256_HEX.test(hex)) return { ok: false, reason: "malformed_signature" };

  // Both sides are 32 raw digest bytes, so timingSafeEqual always gets equal lengths.
  const received = Buffer.from(hex, "hex");
  const expected = computeSignature(rawBody, appSecret);
  return timingSafeEqual(received, expected) ? { ok: true } : { ok: false, reason: "signature_mismatch" };
}

// The X-Hub-Signature-256 header value Meta would send for these bytes (used by the emulator).
// A string body is signed as its UTF-8 bytes, which is what goes on the wire.
export function signWebhookBody(rawBody: Uint8Array | Buffer | string, appSecret: string): string {
  assertAppSecret(appSecret);
  return SIGNATURE_PREFIX + computeSignature(rawBody, appSecret).toString("hex");
}

// An empty secret would make every signature forgeable; that is a deployment mistake, not a bad request.
function assertAppSecret(appSecret: string): void {
  if (appSecret === "") throw new AppError("internal:config", "The WhatsApp app secret is empty.");
}

function computeSignature(rawBody: Uint8Array | Buffer | string, appSecret: string): Buffer {
  return createHmac("sha256", appSecret).update(rawBody).digest();
}
