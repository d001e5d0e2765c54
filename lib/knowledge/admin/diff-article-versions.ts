import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticleVersions, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { articleSnapshotSchema } from "./article-snapshot";
import type { ArticleDiff } from "./article-views";
import { diffArticleSnapshots } from "./diff-article-snapshots";

// Any two versions of one article, in either order; the diff always reads older → newer.
export async function diffArticleVersions(db: Db, input: { articleId: string; from: number; to: number }): Promise<ArticleDiff> {
  const [older, newer] = input.from <= input.to ? [input.from, input.to] : [input.to, input.from];
  const rows = await db
    .select({ version: knowledgeArticleVersions.version, title: knowledgeArticleVersions.title, status: knowledgeArticleVersions.status, snapshot: knowledgeArticleVersions.snapshot, createdAt: knowledgeArticleVersions.createdAt, authorName: users.name })
    .from(knowledgeArticleVersions)
    .leftJoin(users, eq(users.id, knowledgeArticleVersions.authorId))
    .where(and(eq(knowledgeArticleVersions.articleId, input.articleId), inArray(knowledgeArticleVersions.version, [older, newer])));
  const pick = (version: number) => {
    const row = rows.find((candidate) => candidate.version === version);
    if (!row) throw new AppError("not_found:admin", `Version ${version} of this article does not exist.`);
    const snapshot = articleSnapshotSchema.safeParse(row.snapshot);
    if (!snapshot.success) throw new AppError("internal:admin", `Version ${version} cannot be read.`, { cause: snapshot.error });
    return { view: { version: row.version, title: row.title, status: row.status, authorName: row.authorName, createdAt: row.createdAt.toISOString() }, snapshot: snapshot.data };
  };
  const from = pick(older);
  const to = pick(newer);
  return { from: from.view, to: to.view, ...diffArticleSnapshots(from.snapshot, to.snapshot) };
}
