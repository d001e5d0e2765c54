import { parseQuery } from "@/lib/api/parse-query";
import { withApiToken } from "@/lib/api/with-api-token";
import { listArticlesV1 } from "@/lib/api-v1/list-articles";
import { db } from "@/lib/db/client";
import { listArticlesV1QuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (request) => Response.json(await listArticlesV1(db(), parseQuery(request, listArticlesV1QuerySchema))), {
  scope: "knowledge:read",
});
