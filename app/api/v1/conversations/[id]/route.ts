import { withApiToken } from "@/lib/api/with-api-token";
import { getConversationV1 } from "@/lib/api-v1/get-conversation";
import { parseIdParam } from "@/lib/api-v1/parse-id-param";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withApiToken<{ id: string }>(async (_request, { params }) => Response.json(await getConversationV1(db(), parseIdParam(params))), {
  scope: "conversations:read",
});
