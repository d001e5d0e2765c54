import { EXAMPLES_DE } from "./examples-de";
import { EXAMPLES_EN } from "./examples-en";
import { EXAMPLES_ES } from "./examples-es";
import { EXAMPLES_FR } from "./examples-fr";
import { EXAMPLES_NL } from "./examples-nl";
import { EXAMPLES_PT } from "./examples-pt";
import { INTENT_IDS, type IntentExamples } from "./intents";
import { recordOf } from "./record-of";

// The shipped training set, regrouped from one file per language into intent → language → examples.
export const DEFAULT_INTENT_EXAMPLES: IntentExamples = recordOf(INTENT_IDS, (intent) => ({
  en: EXAMPLES_EN[intent],
  fr: EXAMPLES_FR[intent],
  de: EXAMPLES_DE[intent],
  nl: EXAMPLES_NL[intent],
  es: EXAMPLES_ES[intent],
  pt: EXAMPLES_PT[intent],
}));
