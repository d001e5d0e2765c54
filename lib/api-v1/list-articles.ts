import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { ArticlePageV1, ArticleV1, ListArticlesV1Query } from "@/lib/validation/api-v1";
import { olderThanCursor, toPage } from "./cursor";

// Knowledge articles, newest first, by status and locale.
export async function listArticlesV1(db: Db, query: ListArticlesV1Query): Promise<ArticlePageV1> {
  const rows = await db
    .select()
    .from(knowledgeArticles)
    .where(
      and(
        query.status ? eq(knowledgeArticles.status, query.status) : undefined,
        query.locale ? eq(knowledgeArticles.locale, query.locale) : undefined,
        await olderThanCursor(db, knowledgeArticles, knowledgeArticles.createdAt, knowledgeArticles.id, query.cursor),
      ),
    )
    .orderBy(desc(knowledgeArticles.createdAt), desc(knowledgeArticles.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, toArticleV1);
}

export async function getArticleV1(db: Db, articleId: string): Promise<ArticleV1> {
  const [article] = await db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId)).limit(1);
  if (!article) throw new AppError("not_found:api", "No knowledge article with this id.");
  return toArticleV1(article);
}

function toArticleV1(article: typeof knowledgeArticles.$inferSelect): ArticleV1 {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    body: article.body,
    status: article.status,
    locale: article.locale,
    regions: article.regions,
    tags: article.tags,
    intents: article.intents,
    effectiveFrom: article.effectiveFrom,
    effectiveUntil: article.effectiveUntil,
    version: article.version,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}
