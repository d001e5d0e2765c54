import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debouncedIngestRequest } from "./webhook-ingest-mode";

describe("debouncedIngestRequest", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks at once for a lone message, and once more for a burst that arrives within the delay", async () => {
    const enqueue = vi.fn(async () => undefined);
    const request = debouncedIngestRequest(enqueue, 10);
    request();
    expect(enqueue).toHaveBeenCalledTimes(1);
    for (let n = 0; n < 50; n++) request();
    expect(enqueue).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    // The burst's bodies were stored after the first request: one more request covers all of them.
    expect(enqueue).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(enqueue).toHaveBeenCalledTimes(2);
    request();
    expect(enqueue).toHaveBeenCalledTimes(3);
  });

  it("keeps going after a failed enqueue (the maintenance sweep is the fallback)", async () => {
    const enqueue = vi.fn(async () => {
      throw new Error("queue down");
    });
    const request = debouncedIngestRequest(enqueue, 10);
    request();
    request();
    await vi.advanceTimersByTimeAsync(10);
    expect(enqueue).toHaveBeenCalledTimes(2);
  });
});
