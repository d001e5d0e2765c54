import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { diffArticleVersions } from "@/lib/knowledge/admin/diff-article-versions";
import { articleIdSchema, diffArticleVersionsQuerySchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

// GET ?from=1&to=3: what changed between any two versions.
export const GET = withAuth<{ id: string }>(
  async (request, { params }) => {
    const id = articleIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("not_found:api", "This article does not exist.");
    const { from, to } = parseQuery(request, diffArticleVersionsQuerySchema);
    return Response.json(await diffArticleVersions(db(), { articleId: id.data, from, to }));
  },
  { roles: ["admin"] },
);
