import { inArray, sql } from "drizzle-orm";
import { semanticSearchModel } from "@/lib/ai/embedding-models";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles, type Language } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { semanticSearch, type SemanticHit } from "./semantic-search";

export type KnowledgeHit = { articleId: string; slug: string; title: string; snippet: string; body: string; locale: Language; score: number };

const TEXT_SEARCH_CONFIG: Record<Language, string> = { en: "english", fr: "french", de: "german", nl: "dutch", es: "spanish", pt: "portuguese" };

// Only knowledge the agent may use: published, effective on the given day, in the customer's
// language (English as a fallback) and for their region. Terms are OR-ed and ranked, because customer
// questions carry many words that no article contains.
export async function searchKnowledge(
  db: Db,
  input: { query: string; language: Language; country: string | null; today: string; limit?: number },
): Promise<KnowledgeHit[]> {
  const locales: Language[] = input.language === "en" ? ["en"] : [input.language, "en"];
  const semantic = semanticSearchModel();
  for (const locale of locales) {
    const keyword = await searchLocale(db, { ...input, locale });
    const meaning = semantic ? await semanticSearch(db, semantic, { ...input, language: locale }).catch(() => []) : [];
    const hits = meaning.length > 0 ? await fuse(db, keyword, meaning, input.limit ?? 5) : keyword;
    if (hits.length > 0) return hits;
  }
  return [];
}

// Reciprocal rank fusion of keyword and semantic results: robust without calibrating two scores.
async function fuse(db: Db, keyword: KnowledgeHit[], meaning: SemanticHit[], limit: number): Promise<KnowledgeHit[]> {
  const scores = new Map<string, number>();
  keyword.forEach((hit, rank) => scores.set(hit.articleId, (scores.get(hit.articleId) ?? 0) + 1 / (60 + rank + 1)));
  meaning.forEach((hit, rank) => scores.set(hit.articleId, (scores.get(hit.articleId) ?? 0) + 1 / (60 + rank + 1)));
  const known = new Map(keyword.map((hit) => [hit.articleId, hit]));
  const missing = meaning.filter((hit) => !known.has(hit.articleId));
  if (missing.length > 0) {
    const rows = await db.select().from(knowledgeArticles).where(inArray(knowledgeArticles.id, missing.map((hit) => hit.articleId)));
    for (const row of rows) {
      const passage = missing.find((hit) => hit.articleId === row.id)?.passage ?? row.body;
      const similarity = missing.find((hit) => hit.articleId === row.id)?.similarity ?? 0;
      known.set(row.id, { articleId: row.id, slug: row.slug, title: row.title, body: row.body, locale: row.locale, snippet: passage.replace(`${row.title}\n\n`, "").slice(0, 400), score: similarity });
    }
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .flatMap(([id]) => {
      // Ordered by the fused rank; the score stays the hit's own relevance (keyword rank or cosine
      // similarity), which is what callers compare with their thresholds.
      const hit = known.get(id);
      return hit ? [hit] : [];
    });
}

async function searchLocale(db: Db, input: { query: string; locale: Language; country: string | null; today: string; limit?: number }): Promise<KnowledgeHit[]> {
  const config = TEXT_SEARCH_CONFIG[input.locale];
  const orQuery = sql`nullif(replace(plainto_tsquery(${config}::regconfig, ${input.query})::text, '&', '|'), '')::tsquery`;
  const rows = await queryRows<{ id: string; slug: string; title: string; body: string; locale: Language; score: number; snippet: string }>(
    db,
    sql`
      select id, slug, title, body, locale,
        ts_rank(search_vector, q) as score,
        ts_headline(${config}::regconfig, body, q, 'MaxWords=60, MinWords=25, MaxFragments=2, FragmentDelimiter=" … ", StartSel="", StopSel=""') as snippet
      from knowledge_articles, (select ${orQuery} as q) as query
      where q is not null
        and status = 'published'
        and locale = ${input.locale}
        and (effective_from is null or effective_from <= ${input.today}::date)
        and (effective_until is null or effective_until >= ${input.today}::date)
        and (cardinality(regions) = 0 or ${input.country ?? ""} = any(regions))
        and search_vector @@ q
      order by score desc, title asc
      limit ${input.limit ?? 5}`,
  );
  // ts_headline cuts fragments mid-sentence ("…available from"); a short article is quoted whole.
  return rows.map((row) => ({ articleId: row.id, slug: row.slug, title: row.title, body: row.body, locale: row.locale, snippet: isShort(row.body) ? row.body.trim() : row.snippet, score: Number(row.score) }));
}

const SHORT_ARTICLE_WORDS = 80;

function isShort(body: string): boolean {
  return body.trim().split(/\s+/).length <= SHORT_ARTICLE_WORDS;
}
