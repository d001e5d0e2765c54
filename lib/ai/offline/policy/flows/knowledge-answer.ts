import { condenseSnippet } from "../condense-article";
import { callTools, reply, talkToPersonButton, type FlowContext } from "../flow-context";
import { isEnglishFallback, knowledgeHits, knowledgeQuery, needsSearch, relevantHit, topicRetryQuery } from "../knowledge-hits";
import type { OfflineStep } from "../types";

// Policy questions are answered only from an approved article about the question: its own words,
// condensed, with the article cited. When the customer's words found none, the topic's own words are
// searched; without one the customer hears that the assistant doesn't know, and is offered a person;
// nothing is made up. An English-only article is named, not quoted, to a customer writing another
// language.
export function knowledgeAnswer(ctx: FlowContext): OfflineStep {
  const hits = knowledgeHits(ctx);
  if (needsSearch(ctx, hits)) return callTools({ toolName: "search_knowledge", input: { query: knowledgeQuery(ctx) } });
  const best = relevantHit(ctx, hits ?? []);
  if (best && !isEnglishFallback(ctx, best)) {
    const text = `${condenseSnippet(best.snippet)}\n\n${ctx.phrases.knowledgeSource(best.title)}`;
    return reply(ctx, text, { citedArticleId: best.articleId, endFlow: true });
  }
  // Nothing about the question, or only the English fallback: look once more by the topic's words.
  const retry = topicRetryQuery(ctx, { ownLanguageOnly: best !== null });
  if (retry) return callTools({ toolName: "search_knowledge", input: { query: retry } });
  const offer = { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer" as const, endFlow: true };
  if (!best) return reply(ctx, ctx.phrases.dontKnow, offer);
  // Named in the customer's language rather than quoted in English, with a person offered.
  return reply(ctx, `${ctx.phrases.knowledgeOnlyInEnglish}\n\n${ctx.phrases.knowledgeSource(best.title)}`, { ...offer, citedArticleId: best.articleId });
}
