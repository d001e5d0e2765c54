import { describe, expect, it } from "vitest";
import { DEFAULT_INTENT_EXAMPLES } from "./default-intent-examples";
import { DEFAULT_OUT_OF_SCOPE_EXAMPLES } from "./examples-out-of-scope";
import { HELD_OUT_DEV, HELD_OUT_TEST } from "./fixtures/held-out";
import { OUT_OF_SCOPE_TEST_MESSAGES } from "./fixtures/out-of-scope-messages";
import { intentExamplesSchema } from "./intent-examples-schema";
import { INTENT_CATALOGUE, INTENT_IDS } from "./intents";
import { LANGS } from "./lang";
import { normalizeText } from "./normalize";

describe("default intent examples", () => {
  it("has at least 12 examples per intent and language, without duplicates", () => {
    for (const intent of INTENT_IDS) {
      for (const lang of LANGS) {
        const examples = DEFAULT_INTENT_EXAMPLES[intent][lang];
        expect(examples.length, `${intent}/${lang}`).toBeGreaterThanOrEqual(12);
        expect(new Set(examples.map(normalizeText)).size, `${intent}/${lang}`).toBe(examples.length);
      }
    }
  });

  it("never files the same message under two intents", () => {
    const seen = new Map<string, string>();
    for (const intent of INTENT_IDS) {
      for (const lang of LANGS) {
        for (const example of DEFAULT_INTENT_EXAMPLES[intent][lang]) {
          const key = `${lang}:${normalizeText(example)}`;
          const previous = seen.get(key);
          expect(previous === undefined || previous === intent, `${key} in ${previous} and ${intent}`).toBe(true);
          seen.set(key, intent);
        }
      }
    }
  });

  it("shares no message with the held-out test sets", () => {
    const training = new Set(
      INTENT_IDS.flatMap((intent) => LANGS.flatMap((lang) => DEFAULT_INTENT_EXAMPLES[intent][lang])).concat(
        LANGS.flatMap((lang) => DEFAULT_OUT_OF_SCOPE_EXAMPLES[lang]),
      ).map(normalizeText),
    );
    const heldOut = [HELD_OUT_DEV, HELD_OUT_TEST].flatMap((set) => LANGS.flatMap((lang) => INTENT_IDS.flatMap((intent) => set[lang][intent])));
    const outOfScope = LANGS.flatMap((lang) => OUT_OF_SCOPE_TEST_MESSAGES[lang]);
    expect([...heldOut, ...outOfScope].filter((text) => training.has(normalizeText(text)))).toEqual([]);
  });

  it("passes the schema used for admins' edited sets", () => {
    expect(intentExamplesSchema.safeParse(DEFAULT_INTENT_EXAMPLES).success).toBe(true);
    const missingLanguage = { ...DEFAULT_INTENT_EXAMPLES, thanks: { en: ["thanks"] } };
    expect(intentExamplesSchema.safeParse(missingLanguage).success).toBe(false);
    const blank = { ...DEFAULT_INTENT_EXAMPLES, thanks: { ...DEFAULT_INTENT_EXAMPLES.thanks, en: ["   "] } };
    expect(intentExamplesSchema.safeParse(blank).success).toBe(false);
  });

  it("describes every intent", () => {
    expect(Object.keys(INTENT_CATALOGUE).sort()).toEqual([...INTENT_IDS].sort());
    expect(INTENT_CATALOGUE.human_request.category).toBe("escalation");
    expect(INTENT_CATALOGUE.cancel_order.changesData).toBe(true);
  });
});
