import { condenseSnippet } from "../condense-article";
import { callTools, reply, talkToPersonButton, type FlowContext } from "../flow-context";
import { bestHit, knowledgeHits, knowledgeQuery, needsSearch } from "../knowledge-hits";
import type { OfflineStep } from "../types";

// Policy questions are answered only from an approved article: its own words, condensed, with the
// article cited. Without one the customer hears that the assistant doesn't know, and is offered a
// person; nothing is made up.
export function knowledgeAnswer(ctx: FlowContext): OfflineStep {
  const hits = knowledgeHits(ctx);
  if (needsSearch(ctx, hits)) return callTools({ toolName: "search_knowledge", input: { query: knowledgeQuery(ctx) } });
  const best = bestHit(hits ?? []);
  if (!best) return reply(ctx, ctx.phrases.dontKnow, { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer", endFlow: true });
  const text = `${condenseSnippet(best.snippet)}\n\n${ctx.phrases.knowledgeSource(best.title)}`;
  return reply(ctx, text, { citedArticleId: best.articleId, endFlow: true });
}
