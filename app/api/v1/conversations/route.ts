import { parseQuery } from "@/lib/api/parse-query";
import { withApiToken } from "@/lib/api/with-api-token";
import { listConversationsV1 } from "@/lib/api-v1/list-conversations";
import { db } from "@/lib/db/client";
import { listConversationsV1QuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (request) => Response.json(await listConversationsV1(db(), parseQuery(request, listConversationsV1QuerySchema))), {
  scope: "conversations:read",
});
