import { foldAccents } from "../nlu/normalize";

// Words that introduce a code ("code WELCOME10", "mon code promo: bienvenue10", "Gutschein SOMMER").
const CUE = /\b(?:code|codigo|cupom|cupao|cupon|coupon|voucher|gutschein(?:code)?|rabattcode|kortingscode|actiecode|promocode|promo|codigo promocional)\s*(?:promo\s*)?[:#"'“”«]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,19})\b/gi;
// A token in capitals with a digit somewhere ("WELCOME10") is a code wherever it stands.
const CAPITALS_WITH_DIGIT = /\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,19}\b/g;
// Our own references are never promo codes.
const REFERENCE = /^(?:SO|BK|SUB|INV)-?\d+$/i;
const WORDS_AFTER_CUE = new Set(["promo", "promocional", "code", "doesnt", "does", "isnt", "is", "ne", "nao", "no", "funktioniert", "werkt", "works", "work", "geht", "marche", "fonctionne", "funciona", "not", "pas", "nicht", "niet", "that", "this", "dat", "die", "das", "le", "la", "el", "o", "a"]);

// The promo code in a message, upper-cased, or null. After a cue word a code must contain a digit or
// be written in capitals, so "the code doesn't work" finds nothing.
export function readPromoCode(text: string, { wholeMessage = false }: { wholeMessage?: boolean } = {}): string | null {
  const folded = foldAccents(text);
  for (const match of folded.matchAll(CUE)) {
    const candidate = match[1] ?? "";
    if (REFERENCE.test(candidate) || WORDS_AFTER_CUE.has(candidate.toLowerCase())) continue;
    if (/\d/.test(candidate) || candidate === candidate.toUpperCase()) return candidate.toUpperCase();
  }
  for (const match of folded.matchAll(CAPITALS_WITH_DIGIT)) {
    if (!REFERENCE.test(match[0])) return match[0];
  }
  // Answering "Which code?", a single word is the code, whatever its case.
  if (wholeMessage) {
    const single = /^\s*([A-Za-z0-9][A-Za-z0-9-]{2,39})\s*[.!]?\s*$/.exec(folded)?.[1];
    if (single && !REFERENCE.test(single)) return single.toUpperCase();
  }
  return null;
}
