import type { knowledgeArticles, knowledgeArticleVersions } from "@/lib/db/schema";
import { DAY, type Clock } from "./clock";
import { DEFAULT_EFFECTIVE_FROM_DAYS, type ArticleSource } from "./knowledge-article-source";
import { GERMAN_ARTICLES } from "./knowledge-articles-de";
import { ENGLISH_ORDER_ARTICLES } from "./knowledge-articles-en-orders";
import { ENGLISH_PRODUCT_ARTICLES } from "./knowledge-articles-en-products";
import { ENGLISH_SCOPED_ARTICLES } from "./knowledge-articles-en-scoped";
import { ENGLISH_SERVICE_ARTICLES } from "./knowledge-articles-en-service";
import { SPANISH_ARTICLES } from "./knowledge-articles-es";
import { FRENCH_ARTICLES } from "./knowledge-articles-fr";
import { DUTCH_ARTICLES } from "./knowledge-articles-nl";
import { PORTUGUESE_ARTICLES } from "./knowledge-articles-pt";
import { deterministicUuid, type Rng } from "./random";

// The knowledge base: every article as it stands (version 1) plus the matching version snapshot.

export const ARTICLE_SOURCES: readonly ArticleSource[] = [
  ...ENGLISH_ORDER_ARTICLES,
  ...ENGLISH_PRODUCT_ARTICLES,
  ...ENGLISH_SERVICE_ARTICLES,
  ...ENGLISH_SCOPED_ARTICLES,
  ...FRENCH_ARTICLES,
  ...GERMAN_ARTICLES,
  ...DUTCH_ARTICLES,
  ...SPANISH_ARTICLES,
  ...PORTUGUESE_ARTICLES,
];

export function buildKnowledge(rng: Rng, clock: Clock, authorId: string) {
  const articleRows: (typeof knowledgeArticles.$inferInsert)[] = [];
  const versionRows: (typeof knowledgeArticleVersions.$inferInsert)[] = [];
  for (const source of ARTICLE_SOURCES) {
    const id = deterministicUuid(rng);
    const status = source.status ?? "published";
    const effectiveFrom = clock.dateInDays(source.effectiveFromDays ?? DEFAULT_EFFECTIVE_FROM_DAYS);
    const effectiveUntil = source.effectiveUntilDays === undefined ? null : clock.dateInDays(source.effectiveUntilDays);
    const body = source.body.replaceAll("{{effective_from}}", effectiveFrom);
    // Written shortly before they took effect (or, for future policies, a few days ago).
    const writtenDaysAgo = Math.max(2, -(source.effectiveFromDays ?? DEFAULT_EFFECTIVE_FROM_DAYS) + rng.int(3, 20));
    const createdAt = clock.minutesAgo(writtenDaysAgo * DAY);
    const regions = source.regions ?? [];
    articleRows.push({
      id,
      slug: source.slug,
      title: source.title,
      body,
      status,
      locale: source.locale,
      regions,
      tags: source.tags,
      intents: source.intents,
      effectiveFrom,
      effectiveUntil,
      version: 1,
      authorId,
      createdAt,
      updatedAt: createdAt,
    });
    versionRows.push({
      id: deterministicUuid(rng),
      articleId: id,
      version: 1,
      title: source.title,
      body,
      status,
      snapshot: {
        slug: source.slug,
        title: source.title,
        body,
        status,
        locale: source.locale,
        regions,
        tags: source.tags,
        intents: source.intents,
        effectiveFrom,
        effectiveUntil,
      },
      authorId,
      createdAt,
    });
  }
  return { articleRows, versionRows };
}
