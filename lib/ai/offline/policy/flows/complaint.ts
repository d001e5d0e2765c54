import { condenseSnippet } from "../condense-article";
import { callTools, reply, talkToPersonButton, type FlowContext } from "../flow-context";
import { knowledgeHits, knowledgeQuery, needsSearch, relevantHit } from "../knowledge-hits";
import type { OfflineStep } from "../types";

// A complaint is acknowledged first, answered from knowledge where an article is about complaints
// (how they are handled, compensation rules), and always ends with the offer of a person.
export function complaintFlow(ctx: FlowContext): OfflineStep {
  const hits = knowledgeHits(ctx);
  if (needsSearch(ctx, hits)) return callTools({ toolName: "search_knowledge", input: { query: knowledgeQuery(ctx) } });
  const best = relevantHit(ctx, hits ?? []);
  const { phrases } = ctx;
  const options = { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer" as const, endFlow: true };
  if (!best) return reply(ctx, `${phrases.complaintAcknowledged} ${phrases.complaintOffer}`, options);
  const text = `${phrases.complaintAcknowledged}\n\n${condenseSnippet(best.snippet, 360)}\n${phrases.knowledgeSource(best.title)}\n\n${phrases.complaintOffer}`;
  return reply(ctx, text, { ...options, citedArticleId: best.articleId });
}
