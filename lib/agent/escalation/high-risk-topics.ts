import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { normalizeText } from "@/lib/ai/offline/nlu/normalize";
import { HIGH_RISK_TOPIC_PHRASES, HIGH_RISK_TOPICS, type HighRiskTopic } from "./high-risk-topic-lexicon";
import { compileLexicon } from "./phrase-matcher";

// Old names of topics that admins (and the default rules) may still use in a topic_in rule: each
// is read as the topic it now belongs to.
export const HIGH_RISK_TOPIC_ALIASES: ReadonlyMap<string, HighRiskTopic> = new Map([
  ["chargeback", "payment_dispute"],
  ["fraud", "account_takeover"],
]);

const topicPhrases = compileLexicon(HIGH_RISK_TOPIC_PHRASES);

export type HighRiskTopicMatch = { topic: HighRiskTopic; phrase: string };

// Regulated or risky subjects in a customer's text, in the customer's language and in English, in
// the fixed order of HIGH_RISK_TOPICS. Whole words only, accents optional. Deliberately
// model-independent: a person must get these conversations however the model is doing.
export function detectHighRiskTopics(text: string, lang: Lang): HighRiskTopic[] {
  return findHighRiskTopics(text, lang).map((match) => match.topic);
}

// The same, with the phrase that gave each topic away (for the audit trail and tests).
export function findHighRiskTopics(text: string, lang: Lang): HighRiskTopicMatch[] {
  const normalized = normalizeText(text);
  if (normalized === "") return [];
  const matches: HighRiskTopicMatch[] = [];
  for (const topic of HIGH_RISK_TOPICS) {
    const phrase = topicPhrases.find(topic, normalized, lang);
    if (phrase !== undefined) matches.push({ topic, phrase });
  }
  return matches;
}

export function resolveHighRiskTopic(name: string): HighRiskTopic | undefined {
  const known = HIGH_RISK_TOPICS.find((topic) => topic === name);
  return known ?? HIGH_RISK_TOPIC_ALIASES.get(name);
}
