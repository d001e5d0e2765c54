import { extractEmails, extractPhones } from "./entities/contacts";
import { foldText } from "./entities/folded-text";
import { extractCardNumbers, extractIbans, maskAllButLast, maskIban } from "./entities/payment-numbers";
import { extractPostcodes } from "./entities/postcodes";

export type MaskedKind = "card_number" | "iban" | "email" | "phone" | "address" | "known_value";

export type MaskedSpan = {
  kind: MaskedKind;
  // Offsets in the original text, end exclusive.
  start: number;
  end: number;
  replacement: string;
};

export type KnownSensitiveValues = {
  // The customer's street addresses as stored; the whole address, each comma-separated part that
  // holds a number (street and house number, postcode and town) and the postcode on its own are
  // masked wherever they appear.
  addresses?: readonly string[];
  // Anything else to hide wherever it appears (a name, a date of birth, a customer number).
  values?: readonly string[];
};

export type MaskResult = { text: string; spans: MaskedSpan[] };

const ADDRESS_REPLACEMENT = "[address]";
const VALUE_REPLACEMENT = "[redacted]";
// A known value shorter than this would mask ordinary words; it is skipped.
const MIN_KNOWN_LENGTH = 4;

// Masks what must not be echoed back: card numbers keep their last four digits, e-mail addresses
// their first letter and domain ("j***@example.com"), phone numbers their last three digits, IBANs
// their country code and last four characters, and known addresses or values become a label.
// Everything outside the masked spans is returned unchanged, character for character.
export function maskSensitive(text: string, known: KnownSensitiveValues = {}): MaskResult {
  const proposals: MaskedSpan[] = [
    ...knownSpans(text, known.addresses ?? [], "address", ADDRESS_REPLACEMENT, true),
    ...knownSpans(text, known.values ?? [], "known_value", VALUE_REPLACEMENT, false),
    ...extractCardNumbers(text).map(({ entity }) => span("card_number", entity, maskAllButLast(text.slice(entity.start, entity.end), 4))),
    ...extractIbans(text).map(({ entity }) => span("iban", entity, maskIban(text.slice(entity.start, entity.end)))),
    ...extractEmails(text).map(({ entity }) => span("email", entity, maskEmail(text.slice(entity.start, entity.end)))),
    ...extractPhones(text).map(({ entity }) => span("phone", entity, maskAllButLast(text.slice(entity.start, entity.end), 3))),
  ];

  // Earlier in the list wins an overlap (explicit values first; an IBAN before the card number its
  // digits can look like), then the longer span.
  const order = (kind: MaskedKind) => ["address", "known_value", "iban", "card_number", "email", "phone"].indexOf(kind);
  proposals.sort((a, b) => order(a.kind) - order(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const spans: MaskedSpan[] = [];
  for (const proposal of proposals) {
    if (spans.some((other) => proposal.start < other.end && other.start < proposal.end)) continue;
    spans.push(proposal);
  }
  spans.sort((a, b) => a.start - b.start);

  let masked = "";
  let cursor = 0;
  for (const { start, end, replacement } of spans) {
    masked += text.slice(cursor, start) + replacement;
    cursor = end;
  }
  return { text: masked + text.slice(cursor), spans };
}

function span(kind: MaskedKind, entity: { start: number; end: number }, replacement: string): MaskedSpan {
  return { kind, start: entity.start, end: entity.end, replacement };
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

// Finds each value however it is cased, accented or spaced ("Kerkstraat 12" matches "kerkstraat12"
// and "KERKSTRAAT  12"), on word boundaries.
function knownSpans(text: string, values: readonly string[], kind: MaskedKind, replacement: string, splitParts: boolean): MaskedSpan[] {
  const folded = foldText(text);
  const needles = values.flatMap((value) => {
    if (!splitParts) return [value];
    const parts = value.split(",").filter((part) => /\d/.test(part));
    const postcodes = extractPostcodes(value).map(({ entity }) => entity.raw);
    return [value, ...parts, ...postcodes];
  });
  const spans: MaskedSpan[] = [];
  for (const needle of needles) {
    const pattern = flexiblePattern(needle);
    if (!pattern) continue;
    for (const match of folded.folded.matchAll(pattern)) {
      const start = folded.originalIndex[match.index] ?? text.length;
      const endIndex = match.index + match[0].length;
      const end = endIndex >= folded.folded.length ? text.length : (folded.originalIndex[endIndex] ?? text.length);
      spans.push({ kind, start, end, replacement });
    }
  }
  return spans;
}

function flexiblePattern(value: string): RegExp | undefined {
  const pieces = foldText(value.trim()).folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (pieces.join("").length < MIN_KNOWN_LENGTH) return undefined;
  const body = pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]*");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "gu");
}
