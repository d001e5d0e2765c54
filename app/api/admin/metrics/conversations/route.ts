import { withAuth } from "@/lib/api/with-auth";
import { parseQuery } from "@/lib/api/parse-query";
import { db } from "@/lib/db/client";
import { listMetricConversations } from "@/lib/metrics/list-metric-conversations";
import { metricsScopeFor } from "@/lib/metrics/metrics-scope";
import { metricConversationsQuerySchema } from "@/lib/validation/metrics";

export const dynamic = "force-dynamic";

// Drill-down: the conversations behind one figure, 50 a page.
export const GET = withAuth(
  async (request) => {
    const query = parseQuery(request, metricConversationsQuerySchema);
    const scope = await metricsScopeFor(db(), query);
    return Response.json(await listMetricConversations(db(), { scope, set: query.set, reason: query.reason, intent: query.intent, page: query.page }));
  },
  { roles: ["admin", "supervisor"] },
);
