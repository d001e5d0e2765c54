import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";

export type SubscriptionCheck =
  | { ok: true; challenge: string }
  | { ok: false; reason: "invalid_mode" | "missing_verify_token" | "verify_token_mismatch" | "missing_challenge" };

// Meta's GET handshake when the callback URL or verify token is saved in the App Dashboard:
// answer 200 with the bare challenge if the token matches, anything else otherwise. This request
// carries no signature, so the signature check must not run on it.
export function verifySubscription(params: URLSearchParams, verifyToken: string): SubscriptionCheck {
  if (verifyToken === "") throw new AppError("internal:config", "The WhatsApp webhook verify token is empty.");

  if (params.get("hub.mode") !== "subscribe") return { ok: false, reason: "invalid_mode" };
  const token = params.get("hub.verify_token");
  if (token === null || token === "") return { ok: false, reason: "missing_verify_token" };
  if (!sameSecret(token, verifyToken)) return { ok: false, reason: "verify_token_mismatch" };
  const challenge = params.get("hub.challenge");
  if (challenge === null || challenge === "") return { ok: false, reason: "missing_challenge" };
  return { ok: true, challenge };
}

// Comparing digests keeps the comparison constant-time even when the lengths differ.
function sameSecret(received: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}
