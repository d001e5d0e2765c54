import type { Db } from "@/lib/db/client";
import type { UpdateArticleInput } from "@/lib/validation/knowledge";
import type { ArticleAuthor } from "./article-author";
import { writeArticleVersion } from "./write-article-version";

// Saving in the editor (or through the API): every save is a new version with its author and time.
export async function updateArticle(db: Db, input: ArticleAuthor & { articleId: string; update: UpdateArticleInput }): Promise<{ id: string; version: number }> {
  const { expectedVersion, ...fields } = input.update;
  const { id, version } = await writeArticleVersion(db, { ...input, expectedVersion, fields });
  return { id, version };
}
