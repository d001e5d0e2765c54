import { and, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles, users } from "@/lib/db/schema";
import type { ArticleListFilters } from "@/lib/validation/knowledge";
import { articleAvailability } from "./article-availability";
import type { ArticleSummary } from "./article-views";
import { knowledgeDay } from "./knowledge-day";

// The knowledge base as the admin list shows it: newest change first, filtered by words in the
// title, slug or text, by status, locale and tag.
export async function listArticles(db: Db, query: ArticleListFilters & { limit?: number }, now = new Date()): Promise<{ articles: ArticleSummary[]; tags: string[] }> {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(knowledgeArticles.status, query.status));
  if (query.locale) conditions.push(eq(knowledgeArticles.locale, query.locale));
  if (query.tag) conditions.push(sql`${query.tag} = any(${knowledgeArticles.tags})`);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const words = or(ilike(knowledgeArticles.title, pattern), ilike(knowledgeArticles.slug, pattern), ilike(knowledgeArticles.body, pattern));
    if (words) conditions.push(words);
  }
  const rows = await db
    .select({
      id: knowledgeArticles.id,
      slug: knowledgeArticles.slug,
      title: knowledgeArticles.title,
      status: knowledgeArticles.status,
      locale: knowledgeArticles.locale,
      regions: knowledgeArticles.regions,
      tags: knowledgeArticles.tags,
      intents: knowledgeArticles.intents,
      effectiveFrom: knowledgeArticles.effectiveFrom,
      effectiveUntil: knowledgeArticles.effectiveUntil,
      version: knowledgeArticles.version,
      updatedAt: knowledgeArticles.updatedAt,
      authorName: users.name,
    })
    .from(knowledgeArticles)
    .leftJoin(users, eq(users.id, knowledgeArticles.authorId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(knowledgeArticles.updatedAt), knowledgeArticles.title)
    .limit(query.limit ?? 200);
  const tagRows = await db.selectDistinct({ tag: sql<string>`unnest(${knowledgeArticles.tags})` }).from(knowledgeArticles);
  const today = knowledgeDay(now);
  return {
    articles: rows.map((row) => ({ ...row, availability: articleAvailability(row, today), updatedAt: row.updatedAt.toISOString() })),
    tags: tagRows.map((row) => row.tag).sort(),
  };
}
