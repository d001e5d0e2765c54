import type { Lang } from "../lang";
import type { EntityCandidate } from "./types";

export const EMAIL_PRIORITY = 3;
export const PHONE_PRIORITY = 6;

// The top-level domain is letters, or an internationalised one in its ASCII form ("xn--p1ai").
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:xn--[\p{L}\d-]*[\p{L}\d]|\p{L}{2,})(?![\p{L}\d-])/gu;

// International numbers start with + or 00; national ones with a 0 (06-12345678, 07700 900123,
// 0151 23456789); Spanish and Portuguese mobiles are nine digits with no leading 0 (612 34 56 78,
// 912 345 678) and are only taken when the language or a nearby "phone" word says so.
const INTERNATIONAL = /(?<![\p{L}\d+])(?:\+|00)\d(?:[ .\-/]?\(?\d\)?){7,16}(?![\p{L}\d])/gu;
const NATIONAL = /(?<![\p{L}\d+/.\-])0\d(?:[ .\-/]?\d){7,10}(?![\p{L}\d/.\-])/gu;
// North American numbers without the +1: "(415) 555-0132", "(415)555-0132", "415-555-0132",
// "415.555.0132", "415 555 0132" (the same separator twice); the area code never starts with 0 or 1.
const NORTH_AMERICAN = /(?<![\p{L}\d+/.\-])(?:\([2-9]\d{2}\)[ .\-]?\d{3}[ .\-]?\d{4}|[2-9]\d{2}([ .\-])\d{3}\1\d{4})(?![\p{L}\d/.\-]|[.\-]\d)/gu;
const NINE_DIGIT_MOBILE = /(?<![\p{L}\d+/.\-])[679]\d{2}(?:[ .\-]?\d){6}(?![\p{L}\d/.\-])/gu;
// "01/12/2025 10:00" has enough digits to pass for a number; a leading date rules it out.
const STARTS_WITH_DATE = /^\d{1,2}([./-])\d{1,2}\1\d{2,4}/u;
const PHONE_CUE = /(?:phone|mobile|cell|tel|telefoon|telefon|telephone|telefone|telefono|movil|celular|numero|number|nummer|whatsapp|ligar|llamar|bellen|appeler|anrufen)/u;

export function extractEmails(text: string): EntityCandidate[] {
  return [...text.matchAll(EMAIL)].map((match) => ({
    entity: { kind: "email", value: match[0].toLowerCase(), raw: match[0], start: match.index, end: match.index + match[0].length },
    priority: EMAIL_PRIORITY,
  }));
}

export function extractPhones(text: string, lang?: Lang): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  const add = (match: RegExpMatchArray & { index: number }, value: string) =>
    candidates.push({
      entity: { kind: "phone", value, raw: match[0], start: match.index, end: match.index + match[0].length },
      priority: PHONE_PRIORITY,
    });

  for (const match of text.matchAll(INTERNATIONAL)) {
    const digits = match[0].replace(/\(0\)/g, "").replace(/\D/g, "").replace(/^00/, "");
    if (digits.length >= 8 && digits.length <= 15) add(match, `+${digits}`);
  }
  for (const match of text.matchAll(NATIONAL)) {
    if (STARTS_WITH_DATE.test(match[0])) continue;
    const digits = match[0].replace(/\D/g, "");
    if (digits.length >= 9 && digits.length <= 12) add(match, digits);
  }
  for (const match of text.matchAll(NORTH_AMERICAN)) {
    if (STARTS_WITH_DATE.test(match[0])) continue;
    add(match, match[0].replace(/\D/g, ""));
  }
  for (const match of text.matchAll(NINE_DIGIT_MOBILE)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index).toLowerCase();
    if (lang !== "es" && lang !== "pt" && !PHONE_CUE.test(before)) continue;
    add(match, match[0].replace(/\D/g, ""));
  }
  return candidates;
}
