import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles, knowledgeArticleVersions, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { auditActorOf, type ArticleAuthor } from "./article-author";
import { snapshotOf, type ArticleSnapshot } from "./article-snapshot";
import { refreshArticleEmbeddings } from "./refresh-article-embeddings";

export type ArticleFields = Omit<ArticleSnapshot, "slug">;
export type ArticleWriteAction = "knowledge.article.updated" | "knowledge.article.published" | "knowledge.article.unpublished" | "knowledge.article.restored";

// Every save: the article row takes the new fields and the next version number, and the version row
// and audit event (before/after) are written in the same transaction. The search reads the article
// row, so once this commits the agent sees exactly this version. `expectedVersion` is the version the
// editor started from; if someone saved meanwhile the save is refused, naming who did.
export async function writeArticleVersion(
  db: Db,
  input: ArticleAuthor & { articleId: string; expectedVersion: number; fields: ArticleFields; restoredFrom?: number },
): Promise<{ id: string; version: number; action: ArticleWriteAction }> {
  const now = new Date();
  const actor = auditActorOf(input);
  const written = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, input.articleId)).for("update");
    if (!before) throw new AppError("not_found:admin", "This article does not exist (it may have been deleted).");
    if (before.version !== input.expectedVersion) {
      const [author] = before.authorId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, before.authorId)) : [];
      throw new AppError(
        "conflict:admin",
        `${author?.name ?? "Someone"} saved version ${before.version} while you were editing version ${input.expectedVersion}. Reload to see their changes; copy your text first if you need it.`,
        { details: { currentVersion: before.version } },
      );
    }
    const version = before.version + 1;
    const [after] = await tx
      .update(knowledgeArticles)
      .set({ ...input.fields, version, authorId: input.authorId, updatedAt: now })
      .where(and(eq(knowledgeArticles.id, input.articleId), eq(knowledgeArticles.version, before.version)))
      .returning();
    if (!after) throw new AppError("conflict:admin", "Someone saved this article at the same moment. Reload and try again.");
    const beforeSnapshot = snapshotOf(before);
    const afterSnapshot = snapshotOf(after);
    await tx.insert(knowledgeArticleVersions).values({
      articleId: after.id,
      version,
      title: after.title,
      body: after.body,
      status: after.status,
      snapshot: afterSnapshot,
      authorId: input.authorId,
      createdAt: now,
    });
    const action = actionFor(input.restoredFrom, before.status, after.status);
    await recordAuditEvent(tx, {
      actorType: actor.actorType,
      actorId: actor.actorId,
      action,
      targetType: "knowledge_article",
      targetId: after.id,
      data: { version, previousVersion: before.version, ...(input.restoredFrom ? { restoredFrom: input.restoredFrom } : {}), before: beforeSnapshot, after: afterSnapshot, ...actor.data },
    });
    return { article: after, action };
  });
  await refreshArticleEmbeddings(db, written.article);
  return { id: written.article.id, version: written.article.version, action: written.action };
}

function actionFor(restoredFrom: number | undefined, before: string, after: string): ArticleWriteAction {
  if (restoredFrom) return "knowledge.article.restored";
  if (after === "published" && before !== "published") return "knowledge.article.published";
  if (before === "published" && after !== "published") return "knowledge.article.unpublished";
  return "knowledge.article.updated";
}
