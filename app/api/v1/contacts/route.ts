import { parseQuery } from "@/lib/api/parse-query";
import { withApiToken } from "@/lib/api/with-api-token";
import { listContactsV1 } from "@/lib/api-v1/list-contacts";
import { db } from "@/lib/db/client";
import { listContactsV1QuerySchema } from "@/lib/validation/api-v1";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (request) => Response.json(await listContactsV1(db(), parseQuery(request, listContactsV1QuerySchema))), {
  scope: "contacts:read",
});
