import { extractCardNumbers, extractIbans, maskAllButLast } from "@/lib/ai/offline/nlu/entities/payment-numbers";

// Keys whose values never belong in the audit log (the same secrets the logger redacts, lib/logger.ts).
const SECRET_KEYS = new Set(["password", "passwordhash", "token", "accesstoken", "refreshtoken", "apikey", "secret", "authorization", "cookie", "cardnumber", "cvv", "cvc", "pin"]);
const REDACTED = "[redacted]";
const MAX_DEPTH = 12;

// A copy of `value` fit for the append-only audit log: secrets are replaced by key wherever they
// sit, and card numbers (all but the last four digits) and IBANs are masked inside any string.
// Audit rows cannot be corrected later, so this runs before anything is hashed into the chain.
export function redactAuditData(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPaymentNumbers(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return "[truncated]";
  if (Array.isArray(value)) return value.map((item) => redactAuditData(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] = SECRET_KEYS.has(key.toLowerCase().replace(/[_-]/g, "")) && child !== null && child !== undefined ? REDACTED : redactAuditData(child, depth + 1);
  }
  return copy;
}

export function maskPaymentNumbers(text: string): string {
  const spans = [...extractCardNumbers(text), ...extractIbans(text)]
    .map(({ entity }) => entity)
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return text;
  let masked = "";
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    const raw = text.slice(span.start, span.end);
    masked += text.slice(cursor, span.start) + (span.kind === "iban" ? `${raw.slice(0, 2)}${"*".repeat(Math.max(0, raw.length - 6))}${raw.slice(-4)}` : maskAllButLast(raw, 4));
    cursor = span.end;
  }
  return masked + text.slice(cursor);
}
