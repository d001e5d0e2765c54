import { parseJsonBody } from "@/lib/api/parse-json-body";
import { parseQuery } from "@/lib/api/parse-query";
import { withApiToken } from "@/lib/api/with-api-token";
import { listArticlesV1 } from "@/lib/api-v1/list-articles";
import { createArticleV1 } from "@/lib/api-v1/write-article";
import { db } from "@/lib/db/client";
import { listArticlesV1QuerySchema } from "@/lib/validation/api-v1";
import { articleInputSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (request) => Response.json(await listArticlesV1(db(), parseQuery(request, listArticlesV1QuerySchema))), {
  scope: "knowledge:read",
});

// POST: a new article (version 1), attributed to the token's creator and audited as the token.
export const POST = withApiToken(
  async (request, { token }) => Response.json(await createArticleV1(db(), token, await parseJsonBody(request, articleInputSchema)), { status: 201 }),
  { scope: "knowledge:write" },
);
