// The country calling code at the start of an international number. ITU codes are prefix-free:
// zones 1 and 7 are one digit, the two-digit codes are listed below, and every other code is three
// digits — so this small table is exact without a full country list.
const TWO_DIGIT_CODES = new Set([
  "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
  "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
  "86", "90", "91", "92", "93", "94", "95", "98",
]);

export function countryCallingCodeOf(internationalDigits: string): string {
  const first = internationalDigits.slice(0, 1);
  if (first === "1" || first === "7") return first;
  const two = internationalDigits.slice(0, 2);
  if (TWO_DIGIT_CODES.has(two)) return two;
  return internationalDigits.slice(0, 3);
}
