import { createHash, randomBytes } from "node:crypto";

// API tokens look like `wsc_<43 base64url characters>` (256 random bits). Only the SHA-256 of the
// whole token is stored, with its first characters so people can tell tokens apart.
export const API_TOKEN_PREFIX = "wsc_";
const PREFIX_LENGTH = API_TOKEN_PREFIX.length + 8;
const TOKEN_PATTERN = /^wsc_[A-Za-z0-9_-]{43}$/;

export function generateApiTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), hash: hashApiToken(secret) };
}

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
