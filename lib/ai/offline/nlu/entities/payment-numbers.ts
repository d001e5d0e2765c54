import type { EntityCandidate } from "./types";

export const CARD_PRIORITY = 1;
export const IBAN_PRIORITY = 2;

// 13 to 19 digits, optionally in groups separated by spaces or dashes.
const CARD_LIKE = /(?<![\d+\p{L}])\d(?:[ -]?\d){12,18}(?![\d\p{L}])/gu;
// Where an IBAN can start: two letters and two check digits. What follows (11 to 30 letters or
// digits, often in groups of four) is settled by the checksum, since the next word may be glued on.
const IBAN_START = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}/gu;
const IBAN_LENGTH = { min: 15, max: 34 };

// Card-like numbers are reported so they can be masked; the entity never holds the full number
// (value and raw keep only the last four digits).
export function extractCardNumbers(text: string): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  for (const match of text.matchAll(CARD_LIKE)) {
    const digits = match[0].replace(/\D/g, "");
    const groupedLikeACard = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/.test(match[0]);
    if (!passesLuhn(digits) && !groupedLikeACard) continue;
    const masked = maskAllButLast(match[0], 4);
    candidates.push({
      entity: { kind: "card_number", value: `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`, raw: masked, start: match.index, end: match.index + match[0].length },
      priority: CARD_PRIORITY,
    });
  }
  return candidates;
}

export function extractIbans(text: string): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const end = longestValidIbanEnd(text, match.index);
    if (end === undefined) continue;
    const raw = text.slice(match.index, end);
    const compact = raw.replace(/ /g, "").toUpperCase();
    candidates.push({
      entity: {
        kind: "iban",
        value: `${compact.slice(0, 2)}${"*".repeat(compact.length - 6)}${compact.slice(-4)}`,
        raw: maskIban(raw),
        start: match.index,
        end,
      },
      priority: IBAN_PRIORITY,
    });
  }
  return candidates;
}

// The end of the longest run of letters and digits (single spaces allowed) from `start` that is a
// valid IBAN and ends at a word boundary.
function longestValidIbanEnd(text: string, start: number): number | undefined {
  const ends: number[] = [];
  let compact = "";
  for (let index = start; index < text.length && compact.length < IBAN_LENGTH.max; index++) {
    const char = text.charAt(index);
    if (/[A-Za-z0-9]/.test(char)) {
      compact += char.toUpperCase();
      ends.push(index + 1);
    } else if (char !== " " || text.charAt(index - 1) === " ") break;
  }
  for (let length = ends.length; length >= IBAN_LENGTH.min; length--) {
    const end = ends[length - 1] ?? start;
    if (/[\p{L}\d]/u.test(text.charAt(end))) continue;
    if (passesIbanChecksum(compact.slice(0, length))) return end;
  }
  return undefined;
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let digit = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// ISO 13616: move the first four characters to the end, letters to numbers (A=10…), remainder 97 = 1.
export function passesIbanChecksum(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

// Every digit but the last `keep` becomes "*"; separators stay where they were.
export function maskAllButLast(text: string, keep: number): string {
  let toKeep = keep;
  const chars = [...text];
  for (let k = chars.length - 1; k >= 0; k--) {
    if (!/\d/.test(chars[k] ?? "")) continue;
    if (toKeep > 0) toKeep--;
    else chars[k] = "*";
  }
  return chars.join("");
}

// Country code and the last four characters stay; everything between becomes "*".
export function maskIban(text: string): string {
  const chars = [...text];
  const alphanumeric = chars.flatMap((char, position) => (/[A-Za-z0-9]/.test(char) ? [position] : []));
  const visible = new Set([...alphanumeric.slice(0, 2), ...alphanumeric.slice(-4)]);
  return chars.map((char, position) => (/[A-Za-z0-9]/.test(char) && !visible.has(position) ? "*" : char)).join("");
}
