import type { TurnIntent, TurnSignals } from "@/lib/agent/escalation/turn-signals";
import { extractEntities } from "@/lib/ai/offline/nlu/entities";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import type { EscalationReason, HandoffPacket } from "@/lib/db/schema";
import { collectIdentifiers, type HandoffIdentifier } from "./collect-identifiers";
import { describeToolSteps, type HandoffToolCall } from "./describe-tool-steps";
import { draftHandoffReply } from "./draft-handoff-reply";
import { deriveRequestedResolution } from "./requested-resolution";
import { suggestAction } from "./suggest-action";
import { INTENT_SUBJECTS, summarizeHandoff } from "./summarize-handoff";

export type HandoffPacketInput = {
  reason: EscalationReason;
  signals: TurnSignals;
  // Recent customer messages, oldest first (this turn's included).
  customerMessages: readonly string[];
  // What the agent collected, each marked verified (checked against our records) or only stated.
  identifiers: readonly HandoffIdentifier[];
  toolCalls: readonly HandoffToolCall[];
  linksSent: readonly string[];
  // The conversation's language (the draft reply's) and what the customer is after overall, which
  // may differ from this turn's ("a person, please" after three turns about a broken grinder).
  language: Lang;
  intent: TurnIntent;
  customerName?: string;
};

// Longest quote of the customer's own words in the packet; older messages are dropped first.
const QUOTE_LIMIT = 300;

// Everything the person taking over needs so the customer never repeats themselves: a summary, the
// request in the customer's words, the outcome they want, identifiers marked verified or stated,
// what was tried, links sent, mood, the reason, the next action and a reply to start from.
// Deterministic: the same input always gives the same packet. The summary and suggestion are in
// English for agents; the draft reply is in the customer's language; customer text is masked.
export function buildHandoffPacket(input: HandoffPacketInput): HandoffPacket {
  const messages = input.customerMessages.map((message) => message.trim()).filter((message) => message !== "");
  const recent = messages.length > 0 ? messages : [input.signals.text];
  const mentioned = [...recent.flatMap((message) => extractEntities(message, input.language)), ...input.signals.entities];
  const identifiers = collectIdentifiers(input.identifiers, mentioned);
  const stepsTried = describeToolSteps(input.toolCalls);
  const resolution = deriveRequestedResolution(input.intent, recent, input.language);
  const topics = input.signals.highRiskTopics;
  const sentiment = input.signals.sentiment.label;
  // A high-risk topic is urgent whatever the tone.
  const urgency = input.reason === "high_risk_topic" || topics.length > 0 ? "high" : input.signals.sentiment.urgency;

  return {
    summary: summarizeHandoff({
      customerName: input.customerName,
      intent: input.intent,
      resolution,
      identifiers,
      steps: stepsTried,
      reason: input.reason,
      topics,
      sentiment,
      urgency,
    }),
    customerAsked: `About ${INTENT_SUBJECTS[input.intent]}: "${quoteOf(recent)}"`,
    requestedResolution: resolution,
    identifiers,
    stepsTried,
    linksSent: [...new Set(input.linksSent.map((link) => link.trim()).filter((link) => link !== ""))],
    sentiment,
    urgency,
    reason: input.reason,
    suggestedAction: suggestAction({ reason: input.reason, intent: input.intent, resolution, topics, identifiers }),
    draftReply: draftHandoffReply({
      language: input.language,
      customerName: input.customerName,
      reason: input.reason,
      topics,
      identifiers,
      sentiment,
      resolution,
    }),
  };
}

// The newest messages that fit the limit, oldest first; a single long message is cut.
function quoteOf(messages: readonly string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const message of [...messages].reverse()) {
    const masked = maskSensitive(message.replace(/\s+/g, " ")).text;
    if (kept.length > 0 && length + masked.length + 3 > QUOTE_LIMIT) break;
    kept.unshift(masked);
    length += masked.length + 3;
  }
  const quote = kept.join(" / ");
  return quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT - 1)}…` : quote;
}
