import type { HighRiskTopic } from "@/lib/agent/escalation/high-risk-topic-lexicon";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import type { SentimentLabel } from "@/lib/ai/offline/nlu/sentiment";
import type { EscalationReason } from "@/lib/db/schema";
import type { HandoffIdentifier } from "./collect-identifiers";
import { DRAFT_REPLY_PHRASES, type ReferenceNoun } from "./draft-reply-phrases";
import type { RequestedResolution } from "./requested-resolution";

export type DraftReplyInput = {
  language: Lang;
  customerName?: string;
  reason: EscalationReason;
  topics: readonly HighRiskTopic[];
  identifiers: readonly HandoffIdentifier[];
  sentiment: SentimentLabel;
  resolution: RequestedResolution;
};

const REFERENCE_KINDS: readonly (readonly [string, ReferenceNoun])[] = [
  ["order_number", "order"],
  ["booking_ref", "booking"],
  ["subscription_ref", "subscription"],
  ["invoice_number", "invoice"],
];
// More than two references reads like a list; the agent adds the rest if they matter.
const MAX_REFERENCES = 2;

// The first message the agent taking over could send, in the customer's language: a greeting by
// first name, safety or security first when that is the topic, that a person has taken over and has
// read everything, an apology when the customer is unhappy, and the records being looked into.
// Masked before it is returned, so nothing sensitive is echoed even if a name or reference held it.
export function draftHandoffReply(input: DraftReplyInput): string {
  const phrases = DRAFT_REPLY_PHRASES[input.language];
  const firstName = input.customerName?.trim().split(/\s+/)[0] || undefined;
  const references = REFERENCE_KINDS.flatMap(([kind, noun]) =>
    input.identifiers.filter((identifier) => identifier.kind === kind).map((identifier) => `${phrases.nouns[noun]} ${identifier.value}`),
  ).slice(0, MAX_REFERENCES);

  const body: string[] = [];
  if (input.topics.includes("medical")) body.push(phrases.safety);
  body.push(phrases.takeover);
  if (input.topics.includes("account_takeover")) body.push(phrases.security);
  if (input.sentiment === "negative" || input.reason === "negative_sentiment") body.push(phrases.apology);
  if (references.length > 0) body.push(phrases.lookingInto(references.join(` ${phrases.and} `)));
  else if (input.resolution === "unclear" || input.resolution === "human contact") body.push(phrases.askWhatTheyNeed);
  else body.push(phrases.lookingIntoNothingYet);
  body.push(phrases.closing);

  return maskSensitive(`${phrases.greeting(firstName)}\n${body.join(" ")}`).text;
}
