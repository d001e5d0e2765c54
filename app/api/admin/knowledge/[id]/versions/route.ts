import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listArticleVersions } from "@/lib/knowledge/admin/list-article-versions";
import { articleIdSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(
  async (_request, { params }) => {
    const id = articleIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("not_found:api", "This article does not exist.");
    return Response.json({ versions: await listArticleVersions(db(), id.data) });
  },
  { roles: ["admin"] },
);
