import { z } from "zod";
import { intentClassifier } from "../offline-nlu";
import type { IntentId } from "../nlu/intents";
import { detectLanguage } from "../nlu/language";
import { inputValue, latestResult, type FlowContext } from "./flow-context";
import { KNOWLEDGE_TOPIC_QUERIES } from "./knowledge-topics";
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

// Below this, an article's title is not about the customer's request (the classifier's calibrated
// probability that the title asks the same thing: "Refund policy and refund times" is 0.71 for
// refund_policy, "Returns policy: 30 days to change your mind" 0.29, a troubleshooting guide ~0).
const MIN_TOPIC_FIT = 0.3;
// A higher-ranked article is kept unless a lower one is clearly more about the request.
const TOPIC_FIT_MARGIN = 0.25;

// The article to quote for this request: keyword search ranks by shared words, and a shared word
// ("contact us", "política", "connecter") does not make an article answer the question. So an
// article counts only when its title is about the request as the NLU reads it; among those, the
// search's order decides, unless a lower hit is clearly more on topic. Null when none is.
export function relevantHit(ctx: FlowContext, hits: readonly KnowledgeHit[]): KnowledgeHit | null {
  const fits = scoredHits(hits).map((hit) => ({ hit, fit: topicFit(ctx.intent, hit.title) }));
  const bestFit = Math.max(0, ...fits.map(({ fit }) => fit));
  if (bestFit < MIN_TOPIC_FIT) return null;
  return fits.find(({ fit }) => fit >= MIN_TOPIC_FIT && fit >= bestFit - TOPIC_FIT_MARGIN)?.hit ?? null;
}

// How much an article's title is about the request: the classifier's probability of the intent.
export function topicFit(intent: IntentId, title: string): number {
  return intentClassifier().classify(title).ranking.find((entry) => entry.intent === intent)?.score ?? 0;
}

// When nothing found is about the request, search once more by the topic's own words: in the
// customer's language, then (unless only an article in their language would do) in English. Null
// when those searches were made this turn, or the request has no topic words.
export function topicRetryQuery(ctx: FlowContext, options: { ownLanguageOnly: boolean }): string | null {
  const topic = KNOWLEDGE_TOPIC_QUERIES[ctx.intent];
  if (!topic) return null;
  const searched = new Set(ctx.results.filter((result) => result.toolName === "search_knowledge").map((result) => inputValue(result, "query")));
  const queries = options.ownLanguageOnly ? [topic[ctx.lang]] : [topic[ctx.lang], topic.en];
  return queries.find((query) => !searched.has(query) && query !== ctx.input.customerText.trim()) ?? null;
}

// The search falls back to English articles when the customer's language has none; such an
// article cannot be quoted to, say, a German customer as an answer in German.
export function isEnglishFallback(ctx: FlowContext, hit: KnowledgeHit): boolean {
  if (ctx.lang === "en") return false;
  const detected = detectLanguage(`${hit.title}\n${hit.snippet}`);
  return !detected.usedFallback && detected.language === "en";
}

// Only an article the search actually scored counts, best first.
function scoredHits(hits: readonly KnowledgeHit[]): KnowledgeHit[] {
  return hits.filter((hit) => hit.score > 0 && hit.snippet.trim() !== "").sort((a, b) => b.score - a.score);
}

const MAX_QUERY = 500;

// What to search for: the customer's own words, or (after a tap on a button) the topic's name.
export function knowledgeQuery(ctx: FlowContext): string {
  const text = ctx.input.customerText.trim();
  const usable = /\p{L}{2,}/u.test(text) && !/^(intent|order|booking|slot|sub|plan|action|reason|problem|resolution):/.test(text);
  const query = usable ? text : ctx.phrases.intentTitles[ctx.intent];
  return query.length > MAX_QUERY ? query.slice(0, MAX_QUERY) : query;
}
