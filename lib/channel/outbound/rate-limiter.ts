// Token buckets for Meta's two send limits: messages per second per business number (80 by
// default) and the pair limit to one customer (about one every 6 s, bursts of up to 45). Buckets are
// per process; with several instances each gets its share of the number's rate.
type Bucket = { tokens: number; updatedAt: number };

export type RateLimits = { perNumberPerSecond: number; pairBurst: number; pairRefillMs: number };

export const DEFAULT_PAIR_LIMIT = { pairBurst: 45, pairRefillMs: 6000 } as const;

export class SendRateLimiter {
  private readonly numbers = new Map<string, Bucket>();
  private readonly pairs = new Map<string, Bucket>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  // Waits until both buckets have a token, then takes them.
  async acquire(phoneNumberId: string, recipient: string): Promise<void> {
    for (;;) {
      const wait = Math.max(
        this.waitFor(this.numbers, phoneNumberId, this.limits.perNumberPerSecond, 1000 / this.limits.perNumberPerSecond),
        this.waitFor(this.pairs, `${phoneNumberId}:${recipient}`, this.limits.pairBurst, this.limits.pairRefillMs),
      );
      if (wait === 0) {
        this.take(this.numbers, phoneNumberId);
        this.take(this.pairs, `${phoneNumberId}:${recipient}`);
        return;
      }
      await this.sleep(wait);
    }
  }

  private waitFor(buckets: Map<string, Bucket>, key: string, capacity: number, refillMs: number): number {
    const now = this.clock();
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    const tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) / refillMs);
    buckets.set(key, { tokens, updatedAt: now });
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * refillMs);
  }

  private take(buckets: Map<string, Bucket>, key: string): void {
    const bucket = buckets.get(key);
    if (bucket) bucket.tokens -= 1;
  }
}
