import type { Lang } from "../lang";
import type { EntityCandidate, PostcodeCountry } from "./types";

export const POSTCODE_PRIORITY = 11;

// NL "1234 AB" (never SA, SD or SS), GB "SW1A 1AA", IE Eircode "D02 X285", PT "1234-567", a bare five
// digits for DE/FR/ES, four digits for BE only next to a postcode word or before a town name.
const DUTCH = /(?<![\p{L}\d])([1-9]\d{3})( ?)([A-Za-z]{2})(?![\p{L}\d])/gu;
const BRITISH = /(?<![\p{L}\d])([A-Za-z]{1,2}\d[A-Za-z\d]?) ?(\d[A-Za-z]{2})(?![\p{L}\d])/gu;
const EIRCODE = /(?<![\p{L}\d])([AC-FHKNPRTV-Yac-fhknprtv-y]\d{2}|[Dd]6[Ww]) ?([AC-FHKNPRTV-Yac-fhknprtv-y\d]{4})(?![\p{L}\d])/gu;
const PORTUGUESE = /(?<![\p{L}\d\-])(\d{4})-(\d{3})(?![\p{L}\d\-])/gu;
const FIVE_DIGITS = /(?<![\p{L}\d.,\-/+#])(\d{5})(?![\p{L}\d.,\-/])/gu;
const FOUR_DIGITS = /(?<![\p{L}\d.,\-/+#:])([1-9]\d{3})(?![\p{L}\d.,\-/:])/gu;
const POSTCODE_CUE_BEFORE = /(?:postcode|post code|postal code|zip(?: code)?|code postal|cp|plz|postleitzahl|codigo postal|cep|postnummer)[\s:.#]*$/iu;
const TOWN_AFTER = /^\s+\p{Lu}\p{Ll}{2,}/u;

// Two-letter words that follow a number in ordinary sentences ("2024 at", "1530 pm", "1000 en") and
// so do not make a Dutch postcode when written in lowercase with a space.
const TWO_LETTER_WORDS = new Set(
  "am pm at on in is it to of or as an by do go he me my no so up us we ok en op om te de la le el et un um im zu ab ja je ik ze er da du na ne nu os ou se si te tu ta".split(" "),
);

export function extractPostcodes(text: string, lang?: Lang): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  const push = (start: number, raw: string, value: string, countries: PostcodeCountry[]) =>
    candidates.push({ entity: { kind: "postcode", value, raw, countries, start, end: start + raw.length }, priority: POSTCODE_PRIORITY });

  for (const match of text.matchAll(DUTCH)) {
    const [raw, digits = "", space = "", letters = ""] = match;
    const upper = letters.toUpperCase();
    if (upper === "SA" || upper === "SD" || upper === "SS") continue;
    const writtenLikeAPostcode = letters === upper || space === "" || !TWO_LETTER_WORDS.has(letters.toLowerCase());
    if (writtenLikeAPostcode) push(match.index, raw, `${digits} ${upper}`, ["NL"]);
  }
  for (const match of text.matchAll(BRITISH)) {
    const [raw, outward = "", inward = ""] = match;
    if (!/^[A-Za-z]{1,2}\d[A-Za-z\d]?$/.test(outward)) continue;
    push(match.index, raw, `${outward.toUpperCase()} ${inward.toUpperCase()}`, ["GB"]);
  }
  for (const match of text.matchAll(EIRCODE)) {
    const [raw, routing = "", unique = ""] = match;
    // The unique part mixes letters and digits; all-digit or all-letter groups are something else.
    if (!/\d/.test(unique) || !/[A-Za-z]/.test(unique)) continue;
    push(match.index, raw, `${routing.toUpperCase()} ${unique.toUpperCase()}`, ["IE"]);
  }
  for (const match of text.matchAll(PORTUGUESE)) push(match.index, match[0], match[0], ["PT"]);
  for (const match of text.matchAll(FIVE_DIGITS)) {
    const countries = fiveDigitCountries(match[0], lang);
    if (countries.length > 0) push(match.index, match[0], match[0], countries);
  }
  for (const match of text.matchAll(FOUR_DIGITS)) {
    const before = text.slice(Math.max(0, match.index - 25), match.index);
    const after = text.slice(match.index + match[0].length);
    const yearLike = /^(19|20)\d{2}$/.test(match[0]);
    if (POSTCODE_CUE_BEFORE.test(before) || (!yearLike && TOWN_AFTER.test(after))) push(match.index, match[0], match[0], ["BE"]);
  }
  return candidates;
}

// Which five-digit systems the number fits (FR 01000-95999 and overseas 97/98, DE 01001-99998,
// ES 01001-52999), the message's own language first.
function fiveDigitCountries(digits: string, lang?: Lang): PostcodeCountry[] {
  const number = Number(digits);
  const department = Number(digits.slice(0, 2));
  const countries: PostcodeCountry[] = [];
  if (number >= 1001 && number <= 99998) countries.push("DE");
  if ((department >= 1 && department <= 95) || department === 97 || department === 98) countries.push("FR");
  if (number >= 1001 && number <= 52999) countries.push("ES");
  const preferred: Partial<Record<Lang, PostcodeCountry>> = { de: "DE", fr: "FR", es: "ES" };
  const first = lang ? preferred[lang] : undefined;
  return first && countries.includes(first) ? [first, ...countries.filter((country) => country !== first)] : countries;
}
