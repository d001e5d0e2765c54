import { isWithinOneEdit } from "./edit-distance";

// Folds accents and ligatures so "français", "francais" and "FRANÇAIS" compare equal; customers on
// phones often skip accents, so the model must never depend on them.
export function foldAccents(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L");
}

// Lowercase, accent-free, punctuation- and emoji-free text with single spaces. Apostrophes decide by
// what follows: a short tail is a contraction written as one word ("don't" → "dont", "j'ai" → "jai",
// as people type them without the apostrophe), a longer one is French elision ("l'adresse" →
// "l adresse"). Letters typed three or more times ("pleeease") shrink to two; the typo corrector
// takes them down to one when the vocabulary knows that word.
export function normalizeText(text: string): string {
  return foldAccents(text.replace(/[’‘`´ʼ]/g, "'").toLowerCase())
    .replace(/(\p{L}+)'(\p{L}+)/gu, (_match, head: string, tail: string) =>
      tail.length <= 2 ? `${head}${tail}` : `${head} ${tail}`,
    )
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/(\p{L})\1{2,}/gu, "$1$1")
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}

export type TypoCorrector = {
  has(token: string): boolean;
  correct(token: string): string;
};

export type TypoCorrectorOptions = {
  // Shorter words are left alone: one edit on a four-letter word is too often another real word.
  minLength?: number;
};

// Maps an unknown token onto the vocabulary when one edit (insert, delete, substitute, swap) gets
// there, preferring the most frequent candidate and then the alphabetically first, so the result is
// deterministic. Only words of a neighbouring length are compared, each with an early-exit check.
export function createTypoCorrector(vocabulary: Iterable<string>, options: TypoCorrectorOptions = {}): TypoCorrector {
  const minLength = options.minLength ?? 5;
  const frequency = new Map<string, number>();
  for (const word of vocabulary) frequency.set(word, (frequency.get(word) ?? 0) + 1);

  const byLength = new Map<number, string[]>();
  for (const word of frequency.keys()) {
    if (word.length < minLength - 1) continue;
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push(word);
    else byLength.set(word.length, [word]);
  }

  const cache = new Map<string, string>();

  function correct(token: string): string {
    if (frequency.has(token)) return token;
    const cached = cache.get(token);
    if (cached !== undefined) return cached;

    let result = token;
    const undoubled = token.replace(/(\p{L})\1+/gu, "$1");
    if (undoubled !== token && frequency.has(undoubled)) {
      result = undoubled;
    } else if (token.length >= minLength && !/\p{N}/u.test(token)) {
      result = closestWithinOneEdit(token) ?? token;
    }
    if (cache.size < 10_000) cache.set(token, result);
    return result;
  }

  function closestWithinOneEdit(token: string): string | undefined {
    let best: string | undefined;
    let bestFrequency = 0;
    for (const length of [token.length - 1, token.length, token.length + 1]) {
      for (const candidate of byLength.get(length) ?? []) {
        if (!isWithinOneEdit(token, candidate)) continue;
        const candidateFrequency = frequency.get(candidate) ?? 0;
        if (candidateFrequency > bestFrequency || (candidateFrequency === bestFrequency && best !== undefined && candidate < best)) {
          best = candidate;
          bestFrequency = candidateFrequency;
        }
      }
    }
    return best;
  }

  return { has: (token) => frequency.has(token), correct };
}
