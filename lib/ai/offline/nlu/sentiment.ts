import type { Lang } from "./lang";
import { tokenize } from "./normalize";
import {
  CONTRASTS,
  EMOJI_VALENCE,
  HIGH_RISK_WORDS,
  INTENSIFIERS,
  NEGATION_FOLLOWS,
  NEGATIONS,
  URGENCY_CUES,
  VALENCE,
} from "./sentiment-lexicon";

export type SentimentLabel = "positive" | "neutral" | "negative";
export type Urgency = "low" | "normal" | "high";

export type Sentiment = {
  label: SentimentLabel;
  // -1 (very negative) to 1 (very positive).
  score: number;
  urgency: Urgency;
};

// Scores at or beyond ±this are labelled positive or negative.
export const SENTIMENT_LABEL_THRESHOLD = 0.2;

const NEGATED = -0.75;
const INTENSIFIED = 1.5;
const SHOUTED_WORD = 1.5;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
// Maps the summed valence into -1..1 the way VADER does: x / sqrt(x² + 15).
const NORMALIZATION = 15;
const MAX_PHRASE_LENGTH = 3;

// Lexicon sentiment in the message's language, with English as a second lexicon (customers mix in
// "super", "top", "wtf"), negation, intensifiers, "but" clauses, shouting (ALL CAPS words, !!!) and
// emojis. Urgency is high on explicit cues ("asap", "dringend", "tout de suite"), on high-risk topics
// (fraud, theft, hacked accounts, lawyers) or on strong anger that is shouted.
export function scoreSentiment(text: string, lang: Lang): Sentiment {
  // Negation and intensifiers reach to the end of their clause, not across a comma or full stop.
  const clauses = text.split(/[.,;:!?\n]+/u).map(tokenize);
  const tokens = clauses.flat();
  const clauseOf = clauses.flatMap((clause, index) => clause.map(() => index));
  const valences = tokenValences(tokens, clauseOf, lang);

  const shoutedWords = new Set(
    (text.match(/\p{L}{3,}/gu) ?? []).filter((word) => word === word.toUpperCase() && word !== word.toLowerCase()).map((word) => word.toLowerCase()),
  );
  let total = 0;
  let negativeWords = 0;
  valences.forEach((valence, position) => {
    if (valence === 0) return;
    const shouted = shoutedWords.has(tokens[position] ?? "") ? SHOUTED_WORD : 1;
    total += valence * shouted;
    if (valence < 0) negativeWords++;
  });

  for (const char of text) total += EMOJI_VALENCE.get(char) ?? 0;
  const exclamations = Math.min((text.match(/!/g) ?? []).length, 4);
  if (total !== 0) total *= 1 + 0.1 * exclamations;

  const score = clamp(total / Math.sqrt(total * total + NORMALIZATION));
  const label: SentimentLabel = score >= SENTIMENT_LABEL_THRESHOLD ? "positive" : score <= -SENTIMENT_LABEL_THRESHOLD ? "negative" : "neutral";
  const letters = text.replace(/[^\p{L}]/gu, "");
  const shouting = letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();

  return { label, score, urgency: urgencyOf(tokens, lang, { score, negativeWords, shouting, exclamations }) };
}

// Valence of each token after phrases, negation, intensifiers and contrasts.
function tokenValences(tokens: readonly string[], clauseOf: readonly number[], lang: Lang): number[] {
  const valences = new Array<number>(tokens.length).fill(0);
  const consumed = new Set<number>();

  for (let length = MAX_PHRASE_LENGTH; length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      if (range(start, length).some((position) => consumed.has(position))) continue;
      const valence = lookUp(tokens.slice(start, start + length).join(" "), lang);
      if (valence === undefined) continue;
      valences[start + length - 1] = valence;
      for (const position of range(start, length)) consumed.add(position);
    }
  }

  const negations = NEGATIONS[lang];
  const intensifiers = INTENSIFIERS[lang];
  const negationFollows = NEGATION_FOLLOWS.has(lang);
  valences.forEach((valence, position) => {
    if (valence === 0) return;
    let adjusted = valence;
    const inClause = (from: number, to: number) =>
      range(from, to - from).flatMap((other) => (clauseOf[other] === clauseOf[position] ? [tokens[other] ?? ""] : []));
    const before = inClause(Math.max(0, position - 3), position);
    const after = negationFollows ? inClause(position + 1, Math.min(tokens.length, position + 3)) : [];
    if ([...before, ...after].some((token) => negations.has(token) || NEGATIONS.en.has(token))) adjusted *= NEGATED;
    if (before.slice(-2).some((token) => intensifiers.has(token) || INTENSIFIERS.en.has(token))) adjusted *= INTENSIFIED;
    valences[position] = adjusted;
  });

  const contrast = tokens.findIndex((token) => CONTRASTS[lang].has(token) || CONTRASTS.en.has(token));
  if (contrast > 0) {
    valences.forEach((valence, position) => {
      valences[position] = valence * (position < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST);
    });
  }
  return valences;
}

function lookUp(phrase: string, lang: Lang): number | undefined {
  return VALENCE[lang].get(phrase) ?? VALENCE.en.get(phrase);
}

function urgencyOf(
  tokens: readonly string[],
  lang: Lang,
  signals: { score: number; negativeWords: number; shouting: boolean; exclamations: number },
): Urgency {
  const normalized = ` ${tokens.join(" ")} `;
  const cues = [...URGENCY_CUES[lang], ...URGENCY_CUES.en];
  if (cues.some((cue) => normalized.includes(` ${cue} `))) return "high";
  if (tokens.some((token) => HIGH_RISK_WORDS.has(token))) return "high";
  if (signals.score <= -0.6 && (signals.shouting || signals.exclamations >= 2)) return "high";
  if (signals.score >= SENTIMENT_LABEL_THRESHOLD && signals.negativeWords === 0) return "low";
  return "normal";
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, offset) => start + offset);
}

function clamp(value: number): number {
  return Math.max(-1, Math.min(1, value));
}
