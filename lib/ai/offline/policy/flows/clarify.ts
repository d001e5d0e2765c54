import { INTENT_CATALOGUE } from "../../nlu/intents";
import { reply, type FlowContext } from "../flow-context";
import { handOver } from "../hand-over";
import { choiceId } from "../reply-choice";
import type { OfflineStep } from "../types";

// Candidates below this probability are not worth a button.
const MIN_CANDIDATE_SCORE = 0.05;
const MAX_CANDIDATES = 3;

// One clarifying question, with the likeliest requests as buttons when there are a few; the request
// that was open before stays open.
export function clarifyFlow(ctx: FlowContext): OfflineStep {
  const candidates = ctx.input.nlu.ranking
    .filter(({ intent, score }) => score >= MIN_CANDIDATE_SCORE && intent !== "human_request" && INTENT_CATALOGUE[intent].category !== "conversation")
    .slice(0, MAX_CANDIDATES);
  const options = {
    awaiting: "clarification" as const,
    clarificationsAsked: ctx.input.state.clarificationsAsked + 1,
    activeIntent: ctx.input.state.activeIntent,
  };
  if (candidates.length < 2) return reply(ctx, ctx.phrases.clarifyOpen, options);
  const buttons = candidates.map(({ intent }) => ({ id: choiceId("intent", intent), title: ctx.phrases.intentTitles[intent] }));
  return reply(ctx, ctx.phrases.clarify, { ...options, buttons });
}

// Still unclear after one question: a person takes over rather than a second guess.
export function lowConfidenceFlow(ctx: FlowContext): OfflineStep {
  return handOver(ctx, "low_confidence", "The assistant could not tell what the customer needs, even after a clarifying question");
}
