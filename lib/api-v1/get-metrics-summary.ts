import type { Db } from "@/lib/db/client";
import { getMetricsSummary } from "@/lib/metrics/get-metrics-summary";
import type { MetricsSummaryV1, MetricsSummaryV1Query } from "@/lib/validation/api-v1";

const DAY_MS = 24 * 3600_000;

// The dashboard's figures (lib/metrics, the same SQL as /admin/metrics) for one range: conversations
// started in [from, to), default the 30 days before now.
export async function getMetricsSummaryV1(db: Db, query: MetricsSummaryV1Query, now = new Date()): Promise<MetricsSummaryV1> {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
  const summary: MetricsSummaryV1 = await getMetricsSummary(db, { from, to, inboxId: query.inboxId ?? null });
  return summary;
}
