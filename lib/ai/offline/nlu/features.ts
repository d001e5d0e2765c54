// The features the classifier weighs: whole words, word pairs (for meaning carried by order: "not
// received", "pas recu") and character n-grams inside each word (so "bestelling", "bestellung" and a
// mistyped "bestlling" still share most of their features, and Dutch or German compounds match their
// parts).
//
// A feature is a string, or for an ASCII character n-gram a number that encodes its characters
// exactly: building a classifier visits a few hundred thousand n-grams, and numbers spare creating
// and hashing a string for each.
export type Feature = string | number;
export type FeatureGroup = "word" | "bigram" | "char";

// Words are marked so "pas" the word never collides with "pas" the trigram of "pasta". Word pairs
// need no mark: their inner space never occurs inside a character n-gram, whose only spaces are the
// word boundaries at either end.
const WORD_MARK = "\u0001";
const CHAR_NGRAM_SIZES = [3, 4] as const;
const ASCII = 128;
// Keeps trigram and 4-gram codes apart: a 4-gram code is at least 2^30, a trigram code below that.
const SIZE_OFFSET: Record<(typeof CHAR_NGRAM_SIZES)[number], number> = { 3: 2 ** 29, 4: 2 ** 30 };

export function forEachFeature(tokens: readonly string[], visit: (feature: Feature) => void): void {
  const words = tokens.map(generalizeToken);
  for (const word of words) visit(WORD_MARK + word);
  for (let i = 1; i < words.length; i++) visit(`${words[i - 1]} ${words[i]}`);
  for (const word of words) {
    if (word.startsWith("<")) continue;
    const padded = ` ${word} `;
    for (const size of CHAR_NGRAM_SIZES) {
      for (let start = 0; start + size <= padded.length; start++) visit(encodeNgram(padded, start, size));
    }
  }
}

export function featureGroup(feature: Feature): FeatureGroup {
  if (typeof feature === "number") return "char";
  if (feature.startsWith(WORD_MARK)) return "word";
  const innerSpace = feature.indexOf(" ", 1);
  return innerSpace > 0 && innerSpace < feature.length - 1 ? "bigram" : "char";
}

function encodeNgram(text: string, start: number, size: 3 | 4): Feature {
  let code = 0;
  for (let k = start; k < start + size; k++) {
    const char = text.charCodeAt(k);
    if (char >= ASCII) return text.slice(start, start + size);
    code = code * ASCII + char;
  }
  return SIZE_OFFSET[size] + code;
}

// Numbers and reference codes differ in every message; what carries meaning is that one is there.
function generalizeToken(token: string): string {
  if (/^\p{N}+$/u.test(token)) return "<number>";
  if (/^\p{L}{1,4}\p{N}{4,}$/u.test(token)) return "<reference>";
  return token;
}
