import { describe, expect, it } from "vitest";
import { formatRate, formatSeconds, humanize } from "./format-metric";

describe("metric formatting", () => {
  it("formats rates, durations and keys", () => {
    expect(formatRate(null)).toBe("—");
    expect(formatRate(0.625)).toBe("62.5%");
    expect(formatRate(1)).toBe("100%");
    expect(formatSeconds(42.4)).toBe("42 s");
    expect(formatSeconds(300)).toBe("5.0 min");
    expect(formatSeconds(7200)).toBe("2.0 h");
    expect(formatSeconds(3 * 86_400)).toBe("3.0 d");
    expect(humanize("customer_requested_human")).toBe("Customer requested human");
  });
});
