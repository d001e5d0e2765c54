import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticleVersions, users } from "@/lib/db/schema";
import type { ArticleVersionView } from "./article-views";

// An article's history, newest first: who saved which version when.
export async function listArticleVersions(db: Db, articleId: string): Promise<ArticleVersionView[]> {
  const rows = await db
    .select({
      version: knowledgeArticleVersions.version,
      title: knowledgeArticleVersions.title,
      status: knowledgeArticleVersions.status,
      createdAt: knowledgeArticleVersions.createdAt,
      authorName: users.name,
    })
    .from(knowledgeArticleVersions)
    .leftJoin(users, eq(users.id, knowledgeArticleVersions.authorId))
    .where(eq(knowledgeArticleVersions.articleId, articleId))
    .orderBy(desc(knowledgeArticleVersions.version));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
