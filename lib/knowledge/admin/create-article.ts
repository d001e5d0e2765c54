import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles, knowledgeArticleVersions } from "@/lib/db/schema";
import type { ArticleInput } from "@/lib/validation/knowledge";
import { auditActorOf, type ArticleAuthor } from "./article-author";
import { uniqueSlug } from "./article-slug";
import { snapshotOf } from "./article-snapshot";
import { refreshArticleEmbeddings } from "./refresh-article-embeddings";

// A new article is version 1, written in one transaction with its version row and audit event.
export async function createArticle(
  db: Db,
  input: ArticleAuthor & { article: ArticleInput; action?: "knowledge.article.created" | "knowledge.article.imported"; auditData?: Record<string, unknown> },
): Promise<{ id: string; slug: string; version: number }> {
  const slug = await uniqueSlug(db, input.article.title);
  const now = new Date();
  const actor = auditActorOf(input);
  const created = await db.transaction(async (tx) => {
    const [article] = await tx
      .insert(knowledgeArticles)
      .values({ ...input.article, slug, version: 1, authorId: input.authorId, createdAt: now, updatedAt: now })
      .returning();
    if (!article) throw new Error("insert returned no article");
    const snapshot = snapshotOf(article);
    await tx.insert(knowledgeArticleVersions).values({
      articleId: article.id,
      version: 1,
      title: article.title,
      body: article.body,
      status: article.status,
      snapshot,
      authorId: input.authorId,
      createdAt: now,
    });
    await recordAuditEvent(tx, {
      actorType: actor.actorType,
      actorId: actor.actorId,
      action: input.action ?? "knowledge.article.created",
      targetType: "knowledge_article",
      targetId: article.id,
      data: { version: 1, after: snapshot, ...input.auditData, ...actor.data },
    });
    return article;
  });
  await refreshArticleEmbeddings(db, created);
  return { id: created.id, slug: created.slug, version: created.version };
}
