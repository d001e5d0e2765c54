import { describe, expect, it } from "vitest";
import { formatDuration, formatRate, formatWhen } from "./format";

describe("evals formatting", () => {
  it("formats durations, times and rates", () => {
    expect(formatDuration(420)).toBe("420 ms");
    expect(formatDuration(12_345)).toBe("12.3 s");
    expect(formatDuration(211_153)).toBe("3 min 31 s");
    expect(formatWhen("2026-11-22T07:26:34.028Z")).toBe("2026-11-22 07:26 UTC");
    expect(formatRate(1)).toBe("100%");
    expect(formatRate(0.6667)).toBe("66.7%");
    expect(formatRate(null)).toBe("n/a");
  });
});
