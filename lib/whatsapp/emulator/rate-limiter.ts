import { GRAPH_ERROR } from "@/lib/whatsapp/cloud-api/graph-errors";
import type { RateLimitSettings } from "./emulator-options";
import type { VirtualClock } from "./virtual-clock";

// Meta's two send limits (shared/whatsapp/cloud-api.md §6.3), on the virtual clock:
// * throughput per business number: a sliding one-second window (130429);
// * the business/customer pair: a token bucket of `pairBurst` messages refilled one per
//   `pairRefillMs` (131056) — other customers are unaffected.
// Rejected sends consume nothing.

export type RateLimitDecision = { ok: true } | { ok: false; code: number; details: string };

export type RateLimiter = {
  take(phoneNumberId: string, waId: string): RateLimitDecision;
  reset(): void;
};

const THROUGHPUT_DETAILS = "Message failed to send because there were too many messages sent from this phone number in a short period of time.";
const PAIR_DETAILS =
  "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.";

export function createRateLimiter(clock: VirtualClock, settings: RateLimitSettings): RateLimiter {
  const recentSends = new Map<string, number[]>();
  const pairBuckets = new Map<string, { tokens: number; updatedAt: number }>();

  return {
    take(phoneNumberId, waId) {
      const now = clock.now().getTime();
      const window = (recentSends.get(phoneNumberId) ?? []).filter((at) => now - at < 1000);
      if (window.length >= settings.messagesPerSecond) {
        recentSends.set(phoneNumberId, window);
        return { ok: false, code: GRAPH_ERROR.throughputExceeded, details: THROUGHPUT_DETAILS };
      }

      const pairKey = `${phoneNumberId}:${waId}`;
      const bucket = pairBuckets.get(pairKey) ?? { tokens: settings.pairBurst, updatedAt: now };
      const refilled = Math.min(settings.pairBurst, bucket.tokens + (now - bucket.updatedAt) / settings.pairRefillMs);
      if (refilled < 1) {
        pairBuckets.set(pairKey, { tokens: refilled, updatedAt: now });
        return { ok: false, code: GRAPH_ERROR.pairRateLimit, details: PAIR_DETAILS };
      }

      pairBuckets.set(pairKey, { tokens: refilled - 1, updatedAt: now });
      window.push(now);
      recentSends.set(phoneNumberId, window);
      return { ok: true };
    },
    reset() {
      recentSends.clear();
      pairBuckets.clear();
    },
  };
}
