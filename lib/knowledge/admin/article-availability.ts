import type { ArticleStatus } from "./article-snapshot";
import type { ArticleAvailability } from "./article-views";

// The same rule the agent's search applies at query time (lib/knowledge/search-knowledge.ts):
// published, and effective on the day. Dates are calendar days (YYYY-MM-DD), inclusive.
export function articleAvailability(
  article: { status: ArticleStatus; effectiveFrom: string | null; effectiveUntil: string | null },
  today: string,
): ArticleAvailability {
  if (article.status === "draft") return "draft";
  if (article.status === "archived") return "archived";
  if (article.effectiveFrom && article.effectiveFrom > today) return "scheduled";
  if (article.effectiveUntil && article.effectiveUntil < today) return "expired";
  return "live";
}
