import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticleVersions } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { articleSnapshotSchema } from "./article-snapshot";
import { writeArticleVersion } from "./write-article-version";

// Restoring never rewrites history: the old version's fields (text, status, dates, scope) become a
// new version on top, so the restore itself can be undone the same way.
export async function restoreArticleVersion(
  db: Db,
  input: { articleId: string; version: number; expectedVersion: number; authorId: string },
): Promise<{ id: string; version: number }> {
  const [row] = await db
    .select({ snapshot: knowledgeArticleVersions.snapshot })
    .from(knowledgeArticleVersions)
    .where(and(eq(knowledgeArticleVersions.articleId, input.articleId), eq(knowledgeArticleVersions.version, input.version)))
    .limit(1);
  if (!row) throw new AppError("not_found:admin", `Version ${input.version} of this article does not exist.`);
  const parsed = articleSnapshotSchema.safeParse(row.snapshot);
  if (!parsed.success) throw new AppError("internal:admin", `Version ${input.version} cannot be read.`, { cause: parsed.error });
  const { slug: _slug, ...fields } = parsed.data;
  const { id, version } = await writeArticleVersion(db, { articleId: input.articleId, expectedVersion: input.expectedVersion, fields, authorId: input.authorId, restoredFrom: input.version });
  return { id, version };
}
