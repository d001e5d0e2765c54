import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { articleAvailability } from "./article-availability";
import type { ArticleDetail } from "./article-views";
import { knowledgeDay } from "./knowledge-day";

export async function getArticle(db: Db, articleId: string, now = new Date()): Promise<ArticleDetail> {
  const [row] = await db
    .select({ article: knowledgeArticles, authorName: users.name })
    .from(knowledgeArticles)
    .leftJoin(users, eq(users.id, knowledgeArticles.authorId))
    .where(eq(knowledgeArticles.id, articleId))
    .limit(1);
  if (!row) throw new AppError("not_found:admin", "This article does not exist (it may have been deleted).");
  const { article } = row;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    body: article.body,
    status: article.status,
    availability: articleAvailability(article, knowledgeDay(now)),
    locale: article.locale,
    regions: article.regions,
    tags: article.tags,
    intents: article.intents,
    effectiveFrom: article.effectiveFrom,
    effectiveUntil: article.effectiveUntil,
    version: article.version,
    authorName: row.authorName,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}
