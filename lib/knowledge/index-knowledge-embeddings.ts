import { embedMany } from "ai";
import { sql } from "drizzle-orm";
import type { ConfiguredEmbeddingModel } from "@/lib/ai/embedding-models";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";
import { chunkArticle } from "./chunk-article";

// Embeds published articles that have no passages for this model yet (pgvector databases only).
// Re-embedding an edited article is embedArticle with the same id: its old passages are replaced.
export async function indexKnowledgeEmbeddings(db: Db, model: ConfiguredEmbeddingModel): Promise<number> {
  const missing = await queryRows<{ id: string }>(
    db,
    sql`select a.id from knowledge_articles a
        where a.status = 'published'
          and not exists (select 1 from knowledge_embeddings e where e.article_id = a.id and e.model = ${model.id})`,
  );
  for (const row of missing) await embedArticle(db, model, row.id);
  return missing.length;
}

export async function embedArticle(db: Db, model: ConfiguredEmbeddingModel, articleId: string): Promise<void> {
  const [article] = await queryRows<{ title: string; body: string }>(db, sql`select title, body from knowledge_articles where id = ${articleId}`);
  if (!article) return;
  const chunks = chunkArticle(article.title, article.body);
  const { embeddings } = await embedMany({ model: model.model, values: chunks });
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from knowledge_embeddings where article_id = ${articleId} and model = ${model.id}`);
    for (const [index, chunk] of chunks.entries()) {
      await tx.execute(
        sql`insert into knowledge_embeddings (article_id, chunk_index, model, content, embedding)
            values (${articleId}, ${index}, ${model.id}, ${chunk}, ${toVectorLiteral(embeddings[index] ?? [])}::vector)`,
      );
    }
  });
}

export function toVectorLiteral(values: readonly number[]): string {
  return `[${values.join(",")}]`;
}
