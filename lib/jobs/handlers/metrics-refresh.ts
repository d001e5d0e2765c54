import { db } from "@/lib/db/client";
import { childLogger } from "@/lib/logger";
import { refreshMetricFacts } from "@/lib/metrics/refresh-metric-facts";

const log = childLogger("jobs");

// Every minute (and so within a minute of a start after the rollup's migration): recomputes the
// metrics facts marked stale since the last refresh. Dashboards refresh before reading too, so this
// only moves the work out of people's requests; it never decides what a figure says.
export async function metricsRefresh(): Promise<void> {
  const started = Date.now();
  const refreshed = await refreshMetricFacts(db());
  if (refreshed > 0) log.info({ refreshed, ms: Date.now() - started }, "metrics facts refreshed");
}
