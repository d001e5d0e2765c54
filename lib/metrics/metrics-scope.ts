import type { Db } from "@/lib/db/client";
import type { MetricsFilterQuery } from "@/lib/validation/metrics";
import type { MetricsScope } from "./conversation-facts";
import { loadCorrectnessWindowDays } from "./load-correctness-window";
import { resolveMetricsRange } from "./resolve-metrics-range";

// URL filters → the scope every metrics query takes (range, inbox, the configured window).
export async function metricsScopeFor(db: Db, query: MetricsFilterQuery, now: Date = new Date()): Promise<MetricsScope> {
  const range = resolveMetricsRange(query, now);
  return { from: range.from, to: range.to, inboxId: range.inboxId, windowDays: await loadCorrectnessWindowDays(db) };
}
