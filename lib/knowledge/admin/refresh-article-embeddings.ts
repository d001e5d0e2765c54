import { semanticSearchModel } from "@/lib/ai/embedding-models";
import type { Db } from "@/lib/db/client";
import { embedArticle } from "@/lib/knowledge/index-knowledge-embeddings";
import { childLogger } from "@/lib/logger";

const log = childLogger("knowledge");

// Keyword search reads the article row itself (a generated tsvector column), so a committed save is
// searchable at once. Semantic search (only with an embedding model and pgvector) reads passages
// embedded from the text: a published article's passages are re-embedded after each save. The
// search filters status and dates on the article row at query time, so stale passages of an
// unpublished article are never used; a failure leaves keyword search working and is logged.
export async function refreshArticleEmbeddings(db: Db, article: { id: string; status: string }): Promise<void> {
  const model = semanticSearchModel();
  if (!model || article.status !== "published") return;
  try {
    await embedArticle(db, model, article.id);
  } catch (error) {
    log.error({ err: error, articleId: article.id }, "re-embedding the article failed; keyword search still finds it");
  }
}
