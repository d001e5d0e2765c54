import type {
  ArticleDetail,
  ArticleDiff,
  ArticleSummary,
  ArticleVersionView,
  ImportedArticle,
  TestQuestionResult,
} from "@/lib/knowledge/admin/article-views";
import type { ArticleFormValues, ArticleListFilters } from "@/lib/validation/knowledge";

// The browser side of /api/admin/knowledge: one typed function per endpoint; errors carry the
// server's code, its message written for people, and per-field problems.

export type FieldProblem = { field: string; message: string };

export class KnowledgeApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get fieldProblems(): FieldProblem[] {
    return Array.isArray(this.details)
      ? this.details.filter((item): item is FieldProblem => typeof item === "object" && item !== null && "field" in item && "message" in item)
      : [];
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: init?.body instanceof FormData ? init.headers : { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new KnowledgeApiError("The server cannot be reached. Check your connection; nothing you typed was lost.", "network", 0);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new KnowledgeApiError(error?.message ?? `Request failed (${response.status}).`, error?.code ?? "unknown", response.status, error?.details);
  }
  return body as T;
}

export function articlesUrl(filters: ArticleListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const query = params.toString();
  return query ? `/api/admin/knowledge?${query}` : "/api/admin/knowledge";
}

export const knowledgeKeys = {
  all: ["admin-knowledge"] as const,
  list: (filters: ArticleListFilters) => ["admin-knowledge", "list", filters] as const,
  article: (id: string) => ["admin-knowledge", "article", id] as const,
  versions: (id: string) => ["admin-knowledge", "versions", id] as const,
  diff: (id: string, from: number, to: number) => ["admin-knowledge", "diff", id, from, to] as const,
};

export const knowledgeApi = {
  list: (filters: ArticleListFilters) => request<{ articles: ArticleSummary[]; tags: string[] }>(articlesUrl(filters)),
  article: (id: string) => request<ArticleDetail>(`/api/admin/knowledge/${id}`),
  create: (values: ArticleFormValues) => request<{ id: string; version: number }>("/api/admin/knowledge", { method: "POST", body: JSON.stringify(values) }),
  update: (id: string, values: ArticleFormValues & { expectedVersion: number }) =>
    request<{ id: string; version: number }>(`/api/admin/knowledge/${id}`, { method: "PUT", body: JSON.stringify(values) }),
  versions: (id: string) => request<{ versions: ArticleVersionView[] }>(`/api/admin/knowledge/${id}/versions`).then((body) => body.versions),
  diff: (id: string, from: number, to: number) => request<ArticleDiff>(`/api/admin/knowledge/${id}/diff?from=${from}&to=${to}`),
  restore: (id: string, version: number, expectedVersion: number) =>
    request<{ id: string; version: number }>(`/api/admin/knowledge/${id}/restore`, { method: "POST", body: JSON.stringify({ version, expectedVersion }) }),
  importFile: (file: File, options: { locale: string; tags: string }) => {
    const form = new FormData();
    form.set("file", file);
    form.set("locale", options.locale);
    form.set("tags", options.tags);
    return request<ImportedArticle>("/api/admin/knowledge/import", { method: "POST", body: form });
  },
  testQuestion: (input: { message: string; locale: string; region: string; date: string }) =>
    request<TestQuestionResult>("/api/admin/knowledge/test-question", { method: "POST", body: JSON.stringify(input) }),
};
