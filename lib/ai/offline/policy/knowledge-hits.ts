import { z } from "zod";
import { latestResult, type FlowContext } from "./flow-context";
import type { KnowledgeHit } from "./types";

const hitSchema = z.object({ articleId: z.string(), title: z.string(), snippet: z.string(), score: z.number() });
const hitsSchema = z.union([
  z.array(hitSchema),
  z.object({ results: z.array(hitSchema) }),
  z.object({ hits: z.array(hitSchema) }),
  z.object({ articles: z.array(hitSchema) }),
]);

// The knowledge found for this turn: a search_knowledge call made in this turn, else what the runner
// handed in. Null when nobody has searched yet.
export function knowledgeHits(ctx: FlowContext): KnowledgeHit[] | null {
  const searched = latestResult(ctx, "search_knowledge");
  if (!searched) return ctx.input.knowledge ?? null;
  if (!searched.outcome.ok) return [];
  const parsed = hitsSchema.safeParse(searched.outcome.data);
  if (!parsed.success) return [];
  return Array.isArray(parsed.data) ? parsed.data : "results" in parsed.data ? parsed.data.results : "hits" in parsed.data ? parsed.data.hits : parsed.data.articles;
}

// Search (again) when nobody has, or when the runner searched with a button id instead of words.
export function needsSearch(ctx: FlowContext, hits: readonly KnowledgeHit[] | null): boolean {
  if (hits === null) return true;
  return hits.length === 0 && !latestResult(ctx, "search_knowledge") && knowledgeQuery(ctx) !== ctx.input.customerText.trim();
}

// Only an article the search actually scored counts; the best one is quoted.
export function bestHit(hits: readonly KnowledgeHit[]): KnowledgeHit | null {
  return hits.filter((hit) => hit.score > 0 && hit.snippet.trim() !== "").sort((a, b) => b.score - a.score)[0] ?? null;
}

const MAX_QUERY = 500;

// What to search for: the customer's own words, or (after a tap on a button) the topic's name.
export function knowledgeQuery(ctx: FlowContext): string {
  const text = ctx.input.customerText.trim();
  const usable = /\p{L}{2,}/u.test(text) && !/^(intent|order|booking|slot|sub|plan|action|reason|problem|resolution):/.test(text);
  const query = usable ? text : ctx.phrases.intentTitles[ctx.intent];
  return query.length > MAX_QUERY ? query.slice(0, MAX_QUERY) : query;
}
