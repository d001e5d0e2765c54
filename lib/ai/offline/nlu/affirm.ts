import { CONFIRMATION_CUES, CONTRAST_WORDS, FILLER_WORDS, NO_EMOJIS, STANDALONE_ONLY, YES_EMOJIS } from "./confirmation-words";
import { LANGS, type Lang } from "./lang";
import { tokenize } from "./normalize";

export type ConfirmationAnswer = "yes" | "no" | "unclear";

export type Confirmation = {
  answer: ConfirmationAnswer;
  // How sure: high for a bare "yes"/"nee", lower when the answer sits among other words.
  confidence: number;
};

const MAX_CUE_WORDS = 4;

// Reads a reply to "Shall I go ahead?". A wrong "yes" changes data the customer did not agree to, so
// the rules lean to safety: any hesitation ("maybe", "not sure"), a question, or a "yes, but…" is
// unclear; a change of mind counts only towards "no" ("ok do it… actually no wait" is no, "no… yes"
// is unclear).
export function detectConfirmation(text: string, lang?: Lang): Confirmation {
  const tokens = tokenize(text);
  const languages: readonly Lang[] = lang ? (lang === "en" ? ["en"] : [lang, "en"]) : LANGS;
  const hits = findCues(tokens, languages);
  for (const char of text) {
    if (YES_EMOJIS.has(char)) hits.push({ polarity: "yes", position: tokens.length, length: 0 });
    if (NO_EMOJIS.has(char)) hits.push({ polarity: "no", position: tokens.length, length: 0 });
  }

  const polar = hits.filter((hit) => hit.polarity !== "unsure");
  if (polar.length === 0 || hits.some((hit) => hit.polarity === "unsure")) return { answer: "unclear", confidence: 0 };

  const covered = new Set(hits.flatMap((hit) => Array.from({ length: hit.length }, (_, offset) => hit.position + offset)));
  const extraWords = tokens.filter((token, position) => !covered.has(position) && !FILLER_WORDS.has(token)).length;
  const cleanConfidence = extraWords === 0 ? 0.95 : Math.max(0.6, 0.9 - 0.05 * extraWords);

  const last = polar[polar.length - 1];
  const allSame = polar.every((hit) => hit.polarity === polar[0]?.polarity);
  if (allSame && last?.polarity === "no") return { answer: "no", confidence: cleanConfidence };
  if (!allSame) return last?.polarity === "no" ? { answer: "no", confidence: 0.7 } : { answer: "unclear", confidence: 0 };

  const firstYes = polar[0]?.position ?? 0;
  const hedgedAfterYes = tokens.some((token, position) => position > firstYes && !covered.has(position) && CONTRAST_WORDS.has(token));
  if (text.includes("?") || hedgedAfterYes) return { answer: "unclear", confidence: 0 };
  return { answer: "yes", confidence: cleanConfidence };
}

type Hit = { polarity: "yes" | "no" | "unsure"; position: number; length: number };

// Longest cues first, each token used once, in message order.
function findCues(tokens: readonly string[], languages: readonly Lang[]): Hit[] {
  const cues = new Map<string, Hit["polarity"]>();
  for (const lang of languages) {
    const { yes, no, unsure } = CONFIRMATION_CUES[lang];
    // Hesitation beats a plain yes or no that shares its words ("not sure" over "not").
    for (const cue of yes) if (!cues.has(cue)) cues.set(cue, "yes");
    for (const cue of no) if (!cues.has(cue) || cues.get(cue) === "yes") cues.set(cue, cues.get(cue) === "yes" ? "yes" : "no");
    for (const cue of unsure) cues.set(cue, "unsure");
  }

  const used = new Set<number>();
  const hits: Hit[] = [];
  for (let length = Math.min(MAX_CUE_WORDS, tokens.length); length >= 1; length--) {
    for (let start = 0; start + length <= tokens.length; start++) {
      if (Array.from({ length }, (_, offset) => start + offset).some((position) => used.has(position))) continue;
      const phrase = tokens.slice(start, start + length).join(" ");
      const polarity = cues.get(phrase);
      if (!polarity) continue;
      if (STANDALONE_ONLY.has(phrase) && tokens.length !== 1) continue;
      hits.push({ polarity, position: start, length });
      for (let offset = 0; offset < length; offset++) used.add(start + offset);
    }
  }
  return hits.sort((a, b) => a.position - b.position);
}
