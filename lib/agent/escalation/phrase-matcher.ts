import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { normalizeText } from "@/lib/ai/offline/nlu/normalize";

// A phrase list compiled for whole-word matching on normalised text (lowercase, accents folded,
// punctuation gone), so "Rückbuchung", "ruckbuchung" and "RÜCKBUCHUNG!" all match, but "sue" never
// matches inside "issue". A trailing "*" lets the last word run on ("chargeback*" also matches
// "chargebacks"); anything else in a phrase is literal.
export type PhraseMatcher = {
  // The first phrase found, as written in the list, or undefined.
  find(normalizedText: string): string | undefined;
};

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const compiled = phrases.flatMap((phrase) => {
    const pattern = phrasePattern(phrase);
    return pattern ? [{ phrase, pattern }] : [];
  });
  return {
    find: (normalizedText) => compiled.find(({ pattern }) => pattern.test(normalizedText))?.phrase,
  };
}

// Normalised text is words separated by single spaces, so a word boundary is a space or an end.
function phrasePattern(phrase: string): RegExp | undefined {
  const runsOn = phrase.trimEnd().endsWith("*");
  const words = normalizeText(runsOn ? phrase.trimEnd().slice(0, -1) : phrase);
  if (words === "") return undefined;
  const literal = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^| )${literal}${runsOn ? "\\p{L}*" : ""}(?= |$)`, "u");
}

// Phrase lists per key and language, read in the customer's language and in English (customers mix
// it in: "mijn refund", "le tracking"). Each list is compiled on first use.
export type LexiconMatcher<Key extends string> = {
  find(key: Key, normalizedText: string, lang: Lang): string | undefined;
};

export function compileLexicon<Key extends string>(lexicon: Record<Key, Record<Lang, readonly string[]>>): LexiconMatcher<Key> {
  const compiled = new Map<string, PhraseMatcher>();
  const matcherFor = (key: Key, lang: Lang): PhraseMatcher => {
    const cacheKey = `${key}:${lang}`;
    let matcher = compiled.get(cacheKey);
    if (!matcher) {
      matcher = compilePhrases(lexicon[key][lang]);
      compiled.set(cacheKey, matcher);
    }
    return matcher;
  };
  return {
    find(key, normalizedText, lang) {
      const found = matcherFor(key, lang).find(normalizedText);
      return found !== undefined || lang === "en" ? found : matcherFor(key, "en").find(normalizedText);
    },
  };
}
