import type { IntentClassifier } from "@/lib/ai/offline/nlu/classifier";
import { extractEntities } from "@/lib/ai/offline/nlu/entities";
import { detectLanguage, type LanguageHints } from "@/lib/ai/offline/nlu/language";
import { scoreSentiment } from "@/lib/ai/offline/nlu/sentiment";
import { detectExplicitHumanRequest } from "./explicit-human-request";
import { detectHighRiskTopics } from "./high-risk-topics";
import type { TurnSignals } from "./turn-signals";

export type TurnSignalOptions = {
  classifier: IntentClassifier;
  // The conversation's language so far and the customer's number: short turns ("ok") keep it.
  languageHints?: LanguageHints;
  // Resolves relative dates in entities ("tomorrow"); the inbox's zone decides what today is.
  now?: Date;
  timeZone?: string;
};

// Reads a turn with the offline NLU: language, intent, entities, sentiment, high-risk topics and an
// explicit request for a person. Deterministic and local, so the escalation rules it feeds behave
// the same whichever model writes the replies.
export function computeTurnSignals(fragments: readonly string[], options: TurnSignalOptions): TurnSignals {
  const text = fragments
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment !== "")
    .join("\n");
  const language = detectLanguage(text, options.languageHints).language;
  const prediction = options.classifier.classify(text, language);
  const confidence = prediction.intent === "out_of_scope" ? (prediction.ranking[0]?.score ?? 0) : prediction.confidence;
  return {
    text,
    language,
    intent: prediction.intent,
    confidence,
    ranking: prediction.ranking,
    entities: extractEntities(text, language, { now: options.now, timeZone: options.timeZone }),
    sentiment: scoreSentiment(text, language),
    highRiskTopics: detectHighRiskTopics(text, language),
    explicitHumanRequest: detectExplicitHumanRequest(text, language, prediction.intent),
  };
}
