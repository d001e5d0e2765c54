import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/knowledge/admin/get-article";
import { updateArticle } from "@/lib/knowledge/admin/update-article";
import { articleIdSchema, updateArticleSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async (_request, { params }) => Response.json(await getArticle(db(), articleId(params.id))), { roles: ["admin"] });

// PUT: save the editor's fields as the next version (refused with 409 when it is not the version the editor started from).
export const PUT = withAuth<{ id: string }>(
  async (request, { user, params }) => {
    const id = articleId(params.id);
    const update = await parseJsonBody(request, updateArticleSchema);
    return Response.json(await updateArticle(db(), { articleId: id, authorId: user.id, update }));
  },
  { roles: ["admin"] },
);

function articleId(value: string): string {
  const parsed = articleIdSchema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found:api", "This article does not exist.");
  return parsed.data;
}
