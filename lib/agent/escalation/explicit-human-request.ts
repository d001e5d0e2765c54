import type { IntentPrediction } from "@/lib/ai/offline/nlu/classifier";
import { LANGS, type Lang } from "@/lib/ai/offline/nlu/lang";
import { normalizeText } from "@/lib/ai/offline/nlu/normalize";
import { HUMAN_REQUEST_CUES, POLITENESS_WORDS, type HumanRequestCues } from "./human-request-lexicon";

// Words before a request that may cancel it ("I don't really need a human").
const NEGATION_REACH = 3;

const ALONE_WORDS: ReadonlySet<string> = new Set(LANGS.flatMap((lang) => HUMAN_REQUEST_CUES[lang].alone));

// True when the customer asks for a person. The brief wants no friction here, so this does not
// depend on the model alone: the customer's language and English are read for the usual ways of
// asking, a message that is only "human" or "agent please" counts in any language, and the
// classifier's human_request counts too, unless every phrase found was negated ("I don't want to
// talk to a human"), which the classifier cannot see.
export function detectExplicitHumanRequest(text: string, lang: Lang, intent: IntentPrediction["intent"]): boolean {
  const normalized = normalizeText(text);
  if (normalized === "") return false;
  if (isLoneRequestWord(normalized)) return true;

  const cues = lang === "en" ? [HUMAN_REQUEST_CUES.en] : [HUMAN_REQUEST_CUES[lang], HUMAN_REQUEST_CUES.en];
  let negatedRequestFound = false;
  for (const cue of cues) {
    if (cue.refusals.some((refusal) => refusal.test(normalized))) return true;
    for (const { pattern, alsoRequires } of cue.requests) {
      if (alsoRequires && !alsoRequires.test(normalized)) continue;
      for (const start of matchStarts(normalized, pattern)) {
        if (!isNegated(normalized, start, cues)) return true;
        negatedRequestFound = true;
      }
      // A negation reaches no further back than its own clause: in "actually no, just get me a
      // human" the "no" answers the question before; it does not take the request back.
      if (clausesOf(text).some((clause) => matchStarts(clause, pattern).some((start) => !isNegated(clause, start, cues)))) return true;
    }
  }
  return intent === "human_request" && !negatedRequestFound;
}

function isLoneRequestWord(normalized: string): boolean {
  const words = normalized.split(" ").filter((word) => !POLITENESS_WORDS.has(word));
  return words.length === 1 && ALONE_WORDS.has(words[0] ?? "");
}

function clausesOf(text: string): string[] {
  return text.split(/[,;.!?]+/).map(normalizeText).filter((clause) => clause !== "");
}

function matchStarts(normalized: string, pattern: RegExp): number[] {
  const global = new RegExp(pattern.source, "g");
  return [...normalized.matchAll(global)].map((match) => match.index);
}

function isNegated(normalized: string, start: number, cues: readonly HumanRequestCues[]): boolean {
  const before = normalized.slice(0, start).trim().split(" ").slice(-NEGATION_REACH);
  return before.some((word) => cues.some((cue) => cue.negations.includes(word)));
}
