import { type FoldedText, originalSpan } from "./folded-text";
import type { Currency, EntityCandidate } from "./types";

export const MONEY_PRIORITY = 7;

const AMOUNT = "(\\d{1,3}(?:[.,' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
const SYMBOL_BEFORE = "(€|£|\\$|eur|gbp|usd)";
const WORD_AFTER = "(€|£|\\$|euros?|eur|gbp|usd|pounds?|quid|libras?|dollars?|dolares)";

const BEFORE = new RegExp(`(?<![\\p{L}\\d])${SYMBOL_BEFORE}\\s?${AMOUNT}(?![\\d])`, "gu");
const AFTER = new RegExp(`(?<![\\p{L}\\d.,])${AMOUNT}\\s?${WORD_AFTER}(?![\\p{L}])`, "gu");

export function extractMoney(text: FoldedText): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  for (const match of text.folded.matchAll(BEFORE)) {
    pushMoney(candidates, text, match.index, match[0].length, match[2] ?? "", match[1] ?? "");
  }
  for (const match of text.folded.matchAll(AFTER)) {
    pushMoney(candidates, text, match.index, match[0].length, match[1] ?? "", match[2] ?? "");
  }
  return candidates;
}

function pushMoney(candidates: EntityCandidate[], text: FoldedText, foldedStart: number, length: number, amountText: string, currencyText: string): void {
  const amount = parseAmount(amountText);
  const currency = currencyOf(currencyText);
  if (amount === undefined || currency === undefined) return;
  const { start, end } = originalSpan(text, foldedStart, foldedStart + length);
  candidates.push({
    entity: { kind: "money", value: `${amount.toFixed(2)} ${currency}`, amount, currency, raw: text.original.slice(start, end), start, end },
    priority: MONEY_PRIORITY,
  });
}

function currencyOf(text: string): Currency | undefined {
  if (text === "€" || text.startsWith("eur")) return "EUR";
  if (text === "£" || text === "gbp" || text.startsWith("pound") || text === "quid" || text.startsWith("libra")) return "GBP";
  if (text === "$" || text === "usd" || text.startsWith("dollar") || text === "dolares") return "USD";
  return undefined;
}

// "1.234,56" and "1,234.56" are both 1234.56: the last separator followed by one or two digits is the
// decimal point; the others group thousands. "12,5" is 12.5; "1.000" is a thousand.
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[' ]/g, "");
  const lastSeparator = Math.max(compact.lastIndexOf("."), compact.lastIndexOf(","));
  let normalized = compact;
  if (lastSeparator >= 0) {
    const decimals = compact.length - lastSeparator - 1;
    const integerPart = compact.slice(0, lastSeparator).replace(/[.,]/g, "");
    normalized = decimals === 3 ? integerPart + compact.slice(lastSeparator + 1) : `${integerPart}.${compact.slice(lastSeparator + 1)}`;
  }
  const amount = Number(normalized);
  return Number.isFinite(amount) ? amount : undefined;
}
