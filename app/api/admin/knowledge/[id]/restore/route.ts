import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { restoreArticleVersion } from "@/lib/knowledge/admin/restore-article-version";
import { articleIdSchema, restoreArticleVersionSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

// POST { version, expectedVersion }: the old version's fields become a new version.
export const POST = withAuth<{ id: string }>(
  async (request, { user, params }) => {
    const id = articleIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("not_found:api", "This article does not exist.");
    const { version, expectedVersion } = await parseJsonBody(request, restoreArticleVersionSchema);
    return Response.json(await restoreArticleVersion(db(), { articleId: id.data, version, expectedVersion, authorId: user.id }));
  },
  { roles: ["admin"] },
);
