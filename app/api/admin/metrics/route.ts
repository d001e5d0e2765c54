import { withAuth } from "@/lib/api/with-auth";
import { parseQuery } from "@/lib/api/parse-query";
import { db } from "@/lib/db/client";
import { getMetricsSummary } from "@/lib/metrics/get-metrics-summary";
import { metricsScopeFor } from "@/lib/metrics/metrics-scope";
import { metricsFilterQuerySchema } from "@/lib/validation/metrics";

export const dynamic = "force-dynamic";

// Every dashboard figure for a range (preset or custom UTC days) and optionally one inbox.
export const GET = withAuth(
  async (request) => {
    const scope = await metricsScopeFor(db(), parseQuery(request, metricsFilterQuerySchema));
    return Response.json(await getMetricsSummary(db(), scope));
  },
  { roles: ["admin", "supervisor"] },
);
