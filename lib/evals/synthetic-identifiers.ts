// Replaces personal identifiers in a real conversation's texts with synthetic ones, consistently:
// the same real value always becomes the same fake value within one scenario, whatever its spacing
// or case ("4111 1111 1111 1111" and "4111111111111111" are one card). Known values (the contact's
// name, e-mail, number, address) are replaced first; patterns then catch what the customer typed:
// e-mails, IBANs, references such as SO-123456 / BK-12345 / SUB-12345 / INV-123456, postcodes,
// phone numbers, card-like numbers and other long digit runs.

export const IDENTIFIER_KINDS = ["name", "email", "phone", "card", "iban", "order", "booking", "subscription", "invoice", "reference", "postcode", "address", "number"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

// A value the caller knows is personal, with what it should become: a scenario placeholder such as
// "{email}" (for a linked persona) or undefined for a synthetic value of its kind.
export type KnownValue = { kind: IdentifierKind; value: string; replacement?: string };

const SYNTHETIC_NAMES = ["Alex Example", "Sam Sample", "Robin Testcase", "Charlie Demo", "Jamie Mock", "Kim Fixture"] as const;

// Each pattern is matched without the i flag, so a postcode must look like one ("1234 AB", not
// "2020 we"). Sources contain no capturing groups: the group index says which kind matched.
const PATTERNS: { kind: IdentifierKind | "digits" | "keep"; source: string }[] = [
  // Dates are not identifiers: 2026-11-18, 18/11/2026, 18.11.26.
  { kind: "keep", source: String.raw`\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b` },
  { kind: "email", source: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+` },
  { kind: "iban", source: String.raw`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b` },
  { kind: "reference", source: String.raw`\b[A-Za-z]{2,4}-?\d{4,10}\b` },
  // NL "1234 AB", PT "1234-567", GB/IE "SW1A 1AA" / "D02 X285".
  { kind: "postcode", source: String.raw`\b\d{4} ?[A-Z]{2}\b|\b\d{4}-\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]\d[\dW] [0-9ACDEFHKNPRTVWXY]{4}\b` },
  { kind: "phone", source: String.raw`\+\d[\d ()-]{6,20}\d` },
  { kind: "digits", source: String.raw`(?<![\w.,])\d+(?:[ -]\d{2,})*(?![\w]|[.,]\d)` },
];
const COMBINED = new RegExp(PATTERNS.map((pattern) => `(${pattern.source})`).join("|"), "g");

const REFERENCE_KINDS: Record<string, IdentifierKind> = { SO: "order", BK: "booking", SUB: "subscription", INV: "invoice" };

export class SyntheticIdentifiers {
  // How many occurrences of each kind were replaced.
  readonly counts: Partial<Record<IdentifierKind, number>> = {};
  private readonly fakes = new Map<string, string>();
  private readonly counters = new Map<IdentifierKind, number>();
  private readonly known: { kind: IdentifierKind; pattern: RegExp; key: string; replacement: string | undefined; value: string }[];
  readonly name: string;

  constructor(options: { seed: string; known?: readonly KnownValue[] }) {
    this.name = SYNTHETIC_NAMES[hash(options.seed) % SYNTHETIC_NAMES.length]!;
    // Longest first, so "Maria Jansen" wins over "Maria".
    this.known = [...(options.known ?? [])]
      .filter((entry) => entry.value.trim().length >= 3)
      .sort((a, b) => b.value.length - a.value.length)
      .map((entry) => ({ kind: entry.kind, pattern: knownPattern(entry.value), key: keyOf(entry.kind, entry.value), replacement: entry.replacement, value: entry.value }));
  }

  // Replaces every identifier in a text.
  replace(text: string): string {
    // Known values first, parked behind markers (private-use characters, no digits) so the patterns
    // below never see them or their replacements.
    const parked: string[] = [];
    let masked = text;
    for (const entry of this.known) {
      masked = masked.replace(entry.pattern, () => {
        parked.push(entry.replacement ?? this.fakeFor(entry.kind, entry.key, entry.value));
        this.count(entry.kind);
        return `\uE000${letters(parked.length - 1)}\uE001`;
      });
    }
    masked = masked.replace(COMBINED, (match: string, ...groups: unknown[]) => {
      const index = groups.findIndex((group, position) => position < PATTERNS.length && typeof group === "string");
      const kind = PATTERNS[index]?.kind;
      if (!kind || kind === "keep") return match;
      return this.replaceMatch(kind, match);
    });
    return masked.replace(/\uE000([a-z]+)\uE001/g, (_, code: string) => parked[fromLetters(code)] ?? "");
  }

  // The fake for a known value of a kind, or for a value a pattern recognised (same value, same fake).
  fakeFor(kind: IdentifierKind, key: string, original: string): string {
    const existing = this.fakes.get(key);
    if (existing !== undefined) return existing;
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const fake = makeFake(kind, original, n, this.name);
    this.fakes.set(key, fake);
    return fake;
  }

  private count(kind: IdentifierKind): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  private replaceMatch(kind: IdentifierKind | "digits", match: string): string {
    const resolved = kind === "digits" ? digitKind(match) : kind === "reference" ? referenceKind(match) : kind;
    if (resolved === null) return match;
    const key = keyOf(resolved, match);
    const placeholder = this.known.find((entry) => entry.key === key)?.replacement;
    this.count(resolved);
    return placeholder ?? this.fakeFor(resolved, key, match);
  }
}

// What a run of digits is, by its length: 5 digits a postcode (FR, DE, ES), 6–7 an order or
// reference number typed without its prefix, 8–12 a phone number, 13–19 a card (or a phone
// number when it fails the Luhn check and is at most 15 digits); shorter runs are left alone.
function digitKind(match: string): IdentifierKind | null {
  const digits = match.replace(/\D/g, "");
  if (digits.length < 5) return null;
  if (digits.length === 5) return "postcode";
  if (digits.length <= 7) return "number";
  if (digits.length <= 12) return "phone";
  if (digits.length <= 19 && (luhnValid(digits) || digits.length > 15)) return "card";
  return digits.length <= 15 ? "phone" : "number";
}

function referenceKind(match: string): IdentifierKind {
  const prefix = (/^[A-Za-z]+/.exec(match)?.[0] ?? "").toUpperCase();
  return REFERENCE_KINDS[prefix] ?? "reference";
}

// The same value however it was typed: digits only for numbers, upper case for codes, lower case
// for e-mails, names and addresses.
function keyOf(kind: IdentifierKind, value: string): string {
  switch (kind) {
    case "phone":
    case "card":
    case "number":
      return `${kind}:${value.replace(/\D/g, "")}`;
    case "iban":
    case "postcode":
    case "order":
    case "booking":
    case "subscription":
    case "invoice":
    case "reference":
      return `${kind}:${value.replace(/[\s-]/g, "").toUpperCase()}`;
    default:
      return `${kind}:${value.trim().toLowerCase().replace(/\s+/g, " ")}`;
  }
}

function makeFake(kind: IdentifierKind, original: string, n: number, name: string): string {
  switch (kind) {
    case "name": {
      // A first name alone becomes the synthetic first name; a full name the full synthetic name.
      const parts = name.split(" ");
      return original.trim().includes(" ") ? (n === 1 ? name : `${parts[0]} ${parts[1]}${n}`) : n === 1 ? parts[0]! : `${parts[0]}${n}`;
    }
    case "email":
      return `customer${n}@example.com`;
    case "phone":
      return `+31 6 ${String(10_000_000 + n).slice(0, 4)} ${String(n).padStart(4, "0")}`;
    case "card":
      return cardNumber(n);
    case "iban":
      return `NL${String(n).padStart(2, "0")}TEST${String(n).padStart(10, "0")}`;
    case "order":
      return `SO-${900_000 + n}`;
    case "booking":
      return `BK-${90_000 + n}`;
    case "subscription":
      return `SUB-${90_000 + n}`;
    case "invoice":
      return `INV-${900_000 + n}`;
    case "reference": {
      const prefix = /^[A-Za-z]+/.exec(original)?.[0] ?? "REF";
      const digits = original.replace(/\D/g, "").length;
      return `${prefix.toUpperCase()}-${fakeDigits(digits, n)}`;
    }
    case "postcode":
      return shapeLike(original, n);
    case "number":
      return fakeDigits(original.replace(/\D/g, "").length, n);
    case "address":
      return `${n} Example Street`;
  }
}

// Keeps the shape of a postcode (digits stay digits, letters letters, spaces and dashes stay),
// with 9s and Zs that no real postcode of these formats starts with.
function shapeLike(original: string, n: number): string {
  const digits = fakeDigits(original.replace(/\D/g, "").length, n);
  let next = 0;
  return original.replace(/[A-Za-z]|\d/g, (character) => (/\d/.test(character) ? (digits[next++] ?? "9") : "Z"));
}

// `length` digits starting with 9s and ending in n, e.g. 6 digits, n = 3 → "900003".
function fakeDigits(length: number, n: number): string {
  const suffix = String(n);
  if (length <= suffix.length) return suffix.slice(-Math.max(1, length));
  return `9${suffix.padStart(length - 1, "0")}`;
}

// A Luhn-valid 16-digit test-range number (4000 00…), grouped in fours like a card.
function cardNumber(n: number): string {
  const body = `400000${String(n).padStart(9, "0")}`;
  const digits = `${body}${luhnCheckDigit(body)}`;
  return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
}

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function luhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

// A known value matched case-insensitively, with flexible spacing (and, for numbers, any separators
// between digits), never inside a longer word or number.
function knownPattern(value: string): RegExp {
  const trimmed = value.trim();
  const digitsOnly = trimmed.replace(/[\s()+-]/g, "");
  if (/^\d{5,}$/.test(digitsOnly)) {
    const digits = [...digitsOnly].join("[\\s()-]*");
    return new RegExp(`(?<![\\w])\\+?${digits}(?![\\w])`, "gi");
  }
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}

function letters(index: number): string {
  let code = "";
  let rest = index;
  do {
    code = String.fromCharCode(97 + (rest % 26)) + code;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return code;
}

function fromLetters(code: string): number {
  let index = 0;
  for (const character of code) index = index * 26 + (character.charCodeAt(0) - 96);
  return index - 1;
}

export function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}
