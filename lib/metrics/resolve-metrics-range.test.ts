import { describe, expect, it } from "vitest";
import { metricsFilterQuerySchema } from "@/lib/validation/metrics";
import { resolveMetricsRange } from "./resolve-metrics-range";

const NOW = new Date("2026-03-31T15:00:00Z");

describe("metrics date range", () => {
  it("presets end today (UTC) and include it", () => {
    const range = resolveMetricsRange(metricsFilterQuerySchema.parse({ preset: "7d" }), NOW);
    expect(range).toMatchObject({ fromDay: "2026-03-25", toDay: "2026-03-31", inboxId: null });
    expect(range.from.toISOString()).toBe("2026-03-25T00:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(resolveMetricsRange(metricsFilterQuerySchema.parse({}), NOW).fromDay).toBe("2026-03-02");
  });

  it("a custom range covers both whole days", () => {
    const range = resolveMetricsRange(metricsFilterQuerySchema.parse({ preset: "custom", from: "2026-02-01", to: "2026-02-28" }), NOW);
    expect(range.from.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("refuses a custom range without dates, reversed or longer than two years", () => {
    expect(metricsFilterQuerySchema.safeParse({ preset: "custom" }).success).toBe(false);
    expect(metricsFilterQuerySchema.safeParse({ preset: "custom", from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(metricsFilterQuerySchema.safeParse({ preset: "custom", from: "2020-01-01", to: "2026-03-01" }).success).toBe(false);
    expect(metricsFilterQuerySchema.safeParse({ preset: "7d", inboxId: "" }).success).toBe(true);
  });
});
