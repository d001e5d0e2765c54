import type { ArticleStatus } from "./article-snapshot";
import type { Language } from "@/lib/db/enums";

// What the knowledge admin API returns; the browser imports these types, never the tables.

// Whether the agent uses the article today: only "live" ones are searched.
export type ArticleAvailability = "live" | "scheduled" | "expired" | "draft" | "archived";

export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  availability: ArticleAvailability;
  locale: Language;
  regions: string[];
  tags: string[];
  intents: string[];
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  version: number;
  updatedAt: string;
  authorName: string | null;
};

export type ArticleDetail = ArticleSummary & { body: string; createdAt: string };

export type ArticleVersionView = {
  version: number;
  title: string;
  status: ArticleStatus;
  authorName: string | null;
  createdAt: string;
};

export type DiffPart = { kind: "added" | "removed" | "same"; value: string };
export type FieldChange = { field: string; label: string; before: string; after: string };

export type ArticleDiff = {
  from: ArticleVersionView;
  to: ArticleVersionView;
  title: DiffPart[];
  body: DiffPart[];
  fields: FieldChange[];
};

export type ImportedArticle = { id: string; title: string; slug: string; characters: number; pages: number | null };

export type RetrievedArticle = { articleId: string; title: string; slug: string; locale: Language; score: number; snippet: string };

export type TestQuestionResult = {
  // The day and filters the search ran with, as the agent would run it.
  date: string;
  locale: Language;
  region: string | null;
  intent: string;
  confidence: number;
  retrieved: RetrievedArticle[];
  // What the agent would send (null when it would ask for a confirmation or stays silent).
  answer: string | null;
  citedArticleId: string | null;
  // A rule that would hand the conversation to a person before the model runs.
  handover: { ruleName: string; reason: string } | null;
  toolCalls: { toolName: string; status: string }[];
  model: string;
};
