import { DEFAULT_INTENT_EXAMPLES } from "./default-intent-examples";
import { DEFAULT_OUT_OF_SCOPE_EXAMPLES } from "./examples-out-of-scope";
import { INTENT_IDS } from "./intents";
import { LANGS, type Lang } from "./lang";
import { CALLING_CODE_LANGUAGES, COMMON_WORDS, MARK_CUES } from "./language-profiles";
import { tokenize } from "./normalize";
import { recordOf } from "./record-of";

export type LanguageHints = {
  // The language the conversation has been in so far: short replies ("ok", "hallo") keep it.
  previous?: Lang;
  // The customer's WhatsApp number (E.164, with or without "+"); its country suggests a language.
  phoneNumber?: string;
  // Returned when the text does not settle the question (default "en").
  fallback?: Lang;
};

export type LanguageDetection = {
  language: Lang;
  // Posterior probability of `language` given the text and hints.
  confidence: number;
  // True when the text was not conclusive and the language came from a hint or the fallback.
  usedFallback: boolean;
};

// Below this posterior the text is not taken as deciding the language.
export const LANGUAGE_CONFIDENCE_FLOOR = 0.6;

const PREVIOUS_LANGUAGE_PRIOR = Math.log(4);
const CALLING_CODE_PRIOR = Math.log(2.5);

// Naive Bayes over words: a word's probability per language comes from how often it occurs in that
// language's text, backed off to a letter-trigram model of the language for words never seen
// (typos, product names, rare words). Marks such as ñ, ß or ã add fixed bonuses, and hints act as
// priors, so a message that says little ("hallo", "ok") leans on the conversation's language.
export function detectLanguage(text: string, hints: LanguageHints = {}): LanguageDetection {
  const models = languageModels();
  const tokens = tokenize(text).filter((token) => /\p{L}/u.test(token) && !/\p{N}/u.test(token));
  const scores = LANGS.map((lang) => logPrior(lang, hints));

  for (const token of tokens) {
    LANGS.forEach((lang, position) => {
      scores[position] = (scores[position] ?? 0) + models[lang].logProbability(token);
    });
  }
  const marks = new Set(text.toLowerCase());
  for (const mark of marks) {
    const cue = MARK_CUES[mark];
    if (!cue) continue;
    LANGS.forEach((lang, position) => {
      scores[position] = (scores[position] ?? 0) + (cue[lang] ?? 0);
    });
  }

  const posterior = softmax(scores);
  const best = posterior.indexOf(Math.max(...posterior));
  const bestLanguage = LANGS[best] ?? "en";
  const bestConfidence = posterior[best] ?? 0;
  if (tokens.length > 0 && bestConfidence >= LANGUAGE_CONFIDENCE_FLOOR) {
    return { language: bestLanguage, confidence: bestConfidence, usedFallback: false };
  }

  const fallback = hints.previous ?? callingCodeLanguages(hints.phoneNumber)[0] ?? hints.fallback ?? "en";
  return { language: fallback, confidence: tokens.length === 0 ? 0 : (posterior[LANGS.indexOf(fallback)] ?? 0), usedFallback: true };
}

function logPrior(lang: Lang, hints: LanguageHints): number {
  let prior = hints.previous === lang ? PREVIOUS_LANGUAGE_PRIOR : 0;
  const suggested = callingCodeLanguages(hints.phoneNumber);
  if (suggested.includes(lang)) prior += CALLING_CODE_PRIOR / suggested.length;
  return prior;
}

function callingCodeLanguages(phoneNumber: string | undefined): readonly Lang[] {
  if (!phoneNumber) return [];
  const digits = phoneNumber.replace(/^\+|^00/, "").replace(/\D/g, "");
  for (const length of [3, 2, 1]) {
    const languages = CALLING_CODE_LANGUAGES[digits.slice(0, length)];
    if (languages) return languages;
  }
  return [];
}

function softmax(scores: readonly number[]): number[] {
  const highest = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - highest));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

type LanguageModel = { logProbability(token: string): number };

// Weight of the letter model against a word's own count: how many occurrences it is worth.
const BACKOFF_WEIGHT = 20;
const COMMON_WORD_WEIGHT = 2;
const LETTER_SMOOTHING = 0.1;
const ALPHABET_SIZE = 40;

let cachedModels: Record<Lang, LanguageModel> | undefined;

function languageModels(): Record<Lang, LanguageModel> {
  cachedModels ??= recordOf(LANGS, (lang) => buildLanguageModel(corpusWords(lang)));
  return cachedModels;
}

function corpusWords(lang: Lang): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, weight: number) => counts.set(word, (counts.get(word) ?? 0) + weight);
  const texts = [...INTENT_IDS.flatMap((intent) => DEFAULT_INTENT_EXAMPLES[intent][lang]), ...DEFAULT_OUT_OF_SCOPE_EXAMPLES[lang]];
  for (const text of texts) for (const token of tokenize(text)) if (!/\p{N}/u.test(token)) add(token, 1);
  for (const word of COMMON_WORDS[lang].split(/\s+/)) if (word) add(word, COMMON_WORD_WEIGHT);
  return counts;
}

function buildLanguageModel(words: Map<string, number>): LanguageModel {
  let total = 0;
  const contextCounts = new Map<string, number>();
  const trigramCounts = new Map<string, number>();
  for (const [word, count] of words) {
    total += count;
    forEachTrigram(word, (context, trigram) => {
      contextCounts.set(context, (contextCounts.get(context) ?? 0) + count);
      trigramCounts.set(trigram, (trigramCounts.get(trigram) ?? 0) + count);
    });
  }

  const letterLogProbability = (word: string) => {
    let logProbability = 0;
    forEachTrigram(word, (context, trigram) => {
      const numerator = (trigramCounts.get(trigram) ?? 0) + LETTER_SMOOTHING;
      const denominator = (contextCounts.get(context) ?? 0) + LETTER_SMOOTHING * ALPHABET_SIZE;
      logProbability += Math.log(numerator / denominator);
    });
    return logProbability;
  };

  return {
    logProbability(token) {
      const letterProbability = Math.exp(letterLogProbability(token));
      return Math.log(((words.get(token) ?? 0) + BACKOFF_WEIGHT * letterProbability) / (total + BACKOFF_WEIGHT));
    },
  };
}

// Each letter with the two before it, over the word padded with start and end marks.
function forEachTrigram(word: string, visit: (context: string, trigram: string) => void): void {
  const padded = `^^${word}$`;
  for (let end = 2; end < padded.length; end++) visit(padded.slice(end - 2, end), padded.slice(end - 2, end + 1));
}
