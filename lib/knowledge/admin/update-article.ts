import type { Db } from "@/lib/db/client";
import type { UpdateArticleInput } from "@/lib/validation/knowledge";
import { writeArticleVersion } from "./write-article-version";

// Saving in the editor: every save is a new version with its author and time.
export async function updateArticle(db: Db, input: { articleId: string; authorId: string; update: UpdateArticleInput }): Promise<{ id: string; version: number }> {
  const { expectedVersion, ...fields } = input.update;
  const { id, version } = await writeArticleVersion(db, { articleId: input.articleId, expectedVersion, fields, authorId: input.authorId });
  return { id, version };
}
