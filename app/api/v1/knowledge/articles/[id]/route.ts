import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withApiToken } from "@/lib/api/with-api-token";
import { getArticleV1 } from "@/lib/api-v1/list-articles";
import { parseIdParam } from "@/lib/api-v1/parse-id-param";
import { updateArticleV1 } from "@/lib/api-v1/write-article";
import { db } from "@/lib/db/client";
import { updateArticleSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

export const GET = withApiToken<{ id: string }>(async (_request, { params }) => Response.json(await getArticleV1(db(), parseIdParam(params))), {
  scope: "knowledge:read",
});

// PUT: every field of the next version, with `expectedVersion` (409 when someone saved meanwhile).
export const PUT = withApiToken<{ id: string }>(
  async (request, { token, params }) => {
    const id = parseIdParam(params);
    return Response.json(await updateArticleV1(db(), token, id, await parseJsonBody(request, updateArticleSchema)));
  },
  { scope: "knowledge:write" },
);
