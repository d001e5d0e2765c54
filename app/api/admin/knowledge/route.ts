import { parseJsonBody } from "@/lib/api/parse-json-body";
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { createArticle } from "@/lib/knowledge/admin/create-article";
import { listArticles } from "@/lib/knowledge/admin/list-articles";
import { articleInputSchema, listArticlesQuerySchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

// GET: the knowledge base, filtered (q, status, locale, tag). POST: a new article (version 1).
export const GET = withAuth(async (request) => Response.json(await listArticles(db(), parseQuery(request, listArticlesQuerySchema))), { roles: ["admin"] });

export const POST = withAuth(
  async (request, { user }) => {
    const article = await parseJsonBody(request, articleInputSchema);
    return Response.json(await createArticle(db(), { authorId: user.id, article }), { status: 201 });
  },
  { roles: ["admin"] },
);
