import { withAuth } from "@/lib/api/with-auth";
import { parseQuery } from "@/lib/api/parse-query";
import { db } from "@/lib/db/client";
import { exportMetricConversations } from "@/lib/metrics/export-metric-conversations";
import { metricsScopeFor } from "@/lib/metrics/metrics-scope";
import { resolveMetricsRange } from "@/lib/metrics/resolve-metrics-range";
import { metricConversationsQuerySchema } from "@/lib/validation/metrics";

export const dynamic = "force-dynamic";

// CSV, one row per conversation of the range (or of one figure's set); audited as metrics.exported.
export const GET = withAuth(
  async (request, { user }) => {
    const query = parseQuery(request, metricConversationsQuerySchema);
    const scope = await metricsScopeFor(db(), query);
    const range = resolveMetricsRange(query);
    const result = await exportMetricConversations(db(), { scope, set: query.set, reason: query.reason, intent: query.intent, actorUserId: user.id });
    const name = `metrics-${range.fromDay}-to-${range.toDay}${query.set === "all" ? "" : `-${query.set}`}.csv`;
    return new Response(result.csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
        "x-row-count": String(result.rows),
      },
    });
  },
  { roles: ["admin", "supervisor"] },
);
