import type { ArticleDetail } from "@/lib/knowledge/admin/article-views";
import { articleInputSchema, type ArticleFormValues } from "@/lib/validation/knowledge";

// The editor's fields as typed (lists as comma-separated text) and their conversion to the API shape.
export type ArticleDraft = {
  title: string;
  body: string;
  status: "draft" | "published" | "archived";
  locale: "en" | "fr" | "de" | "nl" | "es" | "pt";
  regions: string;
  tags: string;
  intents: string;
  effectiveFrom: string;
  effectiveUntil: string;
};

export const EMPTY_DRAFT: ArticleDraft = { title: "", body: "", status: "draft", locale: "en", regions: "", tags: "", intents: "", effectiveFrom: "", effectiveUntil: "" };

export function draftFromArticle(article: ArticleDetail): ArticleDraft {
  return {
    title: article.title,
    body: article.body,
    status: article.status,
    locale: article.locale,
    regions: article.regions.join(", "),
    tags: article.tags.join(", "),
    intents: article.intents.join(", "),
    effectiveFrom: article.effectiveFrom ?? "",
    effectiveUntil: article.effectiveUntil ?? "",
  };
}

const list = (text: string) => text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);

export function formValuesOf(draft: ArticleDraft): ArticleFormValues {
  return { ...draft, regions: list(draft.regions), tags: list(draft.tags), intents: list(draft.intents) };
}

// Problems by field, with list items reported on their list ("tags.2" → "tags").
export function validateDraft(draft: ArticleDraft): Partial<Record<keyof ArticleDraft, string>> {
  const result = articleInputSchema.safeParse(formValuesOf(draft));
  if (result.success) return {};
  return problemsByField(result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })));
}

export function problemsByField(problems: { field: string; message: string }[]): Partial<Record<keyof ArticleDraft, string>> {
  const errors: Partial<Record<keyof ArticleDraft, string>> = {};
  for (const problem of problems) {
    const field = problem.field.split(".")[0] as keyof ArticleDraft;
    if (field in EMPTY_DRAFT && !errors[field]) errors[field] = problem.message;
  }
  return errors;
}
