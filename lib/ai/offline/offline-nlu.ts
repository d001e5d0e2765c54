import { createIntentClassifier, type IntentClassifier, type IntentPrediction } from "./nlu/classifier";
import { DEFAULT_INTENT_EXAMPLES } from "./nlu/default-intent-examples";
import { extractEntities } from "./nlu/entities";
import type { Entity } from "./nlu/entities/types";
import type { IntentExamples } from "./nlu/intents";
import type { Lang } from "./nlu/lang";
import { detectLanguage } from "./nlu/language";
import { scoreSentiment, type Sentiment } from "./nlu/sentiment";

export type Understanding = {
  language: Lang;
  nlu: IntentPrediction;
  entities: Entity[];
  sentiment: Sentiment;
  threshold: number;
};

export type OfflineNlu = { understand(text: string, previousLanguage: Lang | null, options?: { phoneNumber?: string; now?: Date; timeZone?: string }): Understanding };

const holder = globalThis as typeof globalThis & { __offlineNlu?: { examples: IntentExamples; classifier: IntentClassifier; nlu: OfflineNlu } };

// One classifier per example set, built once (about 150 ms) and reused; admins' edited examples
// replace the set through setIntentExamples.
export function offlineNlu(): OfflineNlu {
  return current().nlu;
}

export function intentClassifier(): IntentClassifier {
  return current().classifier;
}

export function setIntentExamples(examples: IntentExamples): void {
  const classifier = createIntentClassifier(examples);
  holder.__offlineNlu = { examples, classifier, nlu: build(classifier) };
}

function current() {
  if (!holder.__offlineNlu) setIntentExamples(DEFAULT_INTENT_EXAMPLES);
  return holder.__offlineNlu!;
}

function build(classifier: IntentClassifier): OfflineNlu {
  return {
    understand(text, previousLanguage, options = {}) {
      const language = previousLanguage ?? detectLanguage(text, { phoneNumber: options.phoneNumber }).language;
      return {
        language,
        nlu: classifier.classify(text, language),
        entities: extractEntities(text, language, { now: options.now, timeZone: options.timeZone }),
        sentiment: scoreSentiment(text, language),
        threshold: classifier.threshold,
      };
    },
  };
}
