import { parseQuery } from "@/lib/api/parse-query";
import { withApiToken } from "@/lib/api/with-api-token";
import { getMetricsSummaryV1 } from "@/lib/api-v1/get-metrics-summary";
import { db } from "@/lib/db/client";
import { metricsSummaryV1QuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (request) => Response.json(await getMetricsSummaryV1(db(), parseQuery(request, metricsSummaryV1QuerySchema))), {
  scope: "metrics:read",
});
