import { embed } from "ai";
import { sql } from "drizzle-orm";
import type { ConfiguredEmbeddingModel } from "@/lib/ai/embedding-models";
import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { toVectorLiteral } from "./index-knowledge-embeddings";

export type SemanticHit = { articleId: string; passage: string; similarity: number };

// Nearest passages by cosine distance, under the same rules as keyword search: published, effective
// on the day, in the customer's language, for their region.
export async function semanticSearch(
  db: Db,
  model: ConfiguredEmbeddingModel,
  input: { query: string; language: Language; country: string | null; today: string; limit?: number },
): Promise<SemanticHit[]> {
  const { embedding } = await embed({ model: model.model, value: input.query });
  const vector = toVectorLiteral(embedding);
  const rows = await queryRows<{ article_id: string; content: string; similarity: number }>(
    db,
    sql`select distinct on (e.article_id) e.article_id, e.content, 1 - (e.embedding <=> ${vector}::vector) as similarity
        from knowledge_embeddings e join knowledge_articles a on a.id = e.article_id
        where e.model = ${model.id}
          and a.status = 'published' and a.locale = ${input.language}
          and (a.effective_from is null or a.effective_from <= ${input.today}::date)
          and (a.effective_until is null or a.effective_until >= ${input.today}::date)
          and (cardinality(a.regions) = 0 or ${input.country ?? ""} = any(a.regions))
        order by e.article_id, e.embedding <=> ${vector}::vector`,
  );
  return rows
    .map((row) => ({ articleId: row.article_id, passage: row.content, similarity: Number(row.similarity) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, input.limit ?? 5);
}
