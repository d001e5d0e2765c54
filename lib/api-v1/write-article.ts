import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ArticleAuthor } from "@/lib/knowledge/admin/article-author";
import { createArticle } from "@/lib/knowledge/admin/create-article";
import { updateArticle } from "@/lib/knowledge/admin/update-article";
import type { ArticleV1 } from "@/lib/validation/api-v1";
import type { ArticleInput, UpdateArticleInput } from "@/lib/validation/knowledge";
import type { ApiTokenPrincipal } from "./authenticate-api-token";
import { getArticleV1 } from "./list-articles";

// Writes through /api/v1 take the editor's path: every save is a version, audited, re-embedded when
// published, and refused with 409 when `expectedVersion` is not the current one.
export async function createArticleV1(db: Db, token: ApiTokenPrincipal, article: ArticleInput): Promise<ArticleV1> {
  const { id } = await asApiError(() => createArticle(db, { ...authorOf(token), article }));
  return getArticleV1(db, id);
}

export async function updateArticleV1(db: Db, token: ApiTokenPrincipal, articleId: string, update: UpdateArticleInput): Promise<ArticleV1> {
  await asApiError(() => updateArticle(db, { ...authorOf(token), articleId, update }));
  return getArticleV1(db, articleId);
}

function authorOf(token: ApiTokenPrincipal): ArticleAuthor {
  return { authorId: token.createdById, apiToken: { id: token.id, name: token.name } };
}

// The editor's errors name the admin surface; an API caller gets the same message under its own.
async function asApiError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError && error.surface === "admin") {
      throw new AppError(`${error.type}:api`, error.message, { cause: error, details: error.details });
    }
    throw error;
  }
}
