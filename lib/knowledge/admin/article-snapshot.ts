import { z } from "zod";
import { ARTICLE_STATUSES, LANGUAGES } from "@/lib/db/enums";
import type { KnowledgeArticle } from "@/lib/db/schema";

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

// Everything a version remembers about an article: restoring a version puts these fields back.
export const articleSnapshotSchema = z.object({
  slug: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  locale: z.enum(LANGUAGES),
  regions: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  intents: z.array(z.string()).default([]),
  effectiveFrom: z.string().nullable().default(null),
  effectiveUntil: z.string().nullable().default(null),
});
export type ArticleSnapshot = z.infer<typeof articleSnapshotSchema>;

export function snapshotOf(article: Pick<KnowledgeArticle, keyof ArticleSnapshot>): ArticleSnapshot {
  return {
    slug: article.slug,
    title: article.title,
    body: article.body,
    status: article.status,
    locale: article.locale,
    regions: [...article.regions],
    tags: [...article.tags],
    intents: [...article.intents],
    effectiveFrom: article.effectiveFrom,
    effectiveUntil: article.effectiveUntil,
  };
}
