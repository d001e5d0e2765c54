import { describe, expect, test } from "vitest";
import { DEFAULT_RATE_LIMITS } from "./emulator-options";
import { createRateLimiter } from "./rate-limiter";
import { createVirtualClock } from "./virtual-clock";

const fixedStart = () => new Date("2026-11-22T10:00:00Z");

describe("createRateLimiter", () => {
  test("the pair bucket lets 6 through, rejects the 7th with 131056, and refills one per 6 s", () => {
    const clock = createVirtualClock(fixedStart);
    const limiter = createRateLimiter(clock, DEFAULT_RATE_LIMITS);
    const results = Array.from({ length: 7 }, () => limiter.take("123", "447700900123"));
    expect(results.slice(0, 6).every((result) => result.ok)).toBe(true);
    expect(results[6]).toMatchObject({ ok: false, code: 131056 });
    // Other customers are not affected.
    expect(limiter.take("123", "447700900999").ok).toBe(true);
    clock.advance(5_999);
    expect(limiter.take("123", "447700900123").ok).toBe(false);
    clock.advance(1);
    expect(limiter.take("123", "447700900123").ok).toBe(true);
  });

  test("throughput above messagesPerSecond per number fails with 130429 until the second passes", () => {
    const clock = createVirtualClock(fixedStart);
    const limiter = createRateLimiter(clock, { messagesPerSecond: 3, pairBurst: 100, pairRefillMs: 1 });
    expect([1, 2, 3].map((n) => limiter.take("123", `4477009000${n}0`).ok)).toStrictEqual([true, true, true]);
    expect(limiter.take("123", "447700900040")).toMatchObject({ ok: false, code: 130429 });
    expect(limiter.take("456", "447700900040").ok).toBe(true);
    clock.advance(1000);
    expect(limiter.take("123", "447700900040").ok).toBe(true);
  });
});
