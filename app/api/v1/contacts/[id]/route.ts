import { withApiToken } from "@/lib/api/with-api-token";
import { getContactV1 } from "@/lib/api-v1/list-contacts";
import { parseIdParam } from "@/lib/api-v1/parse-id-param";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withApiToken<{ id: string }>(async (_request, { params }) => Response.json(await getContactV1(db(), parseIdParam(params))), {
  scope: "contacts:read",
});
