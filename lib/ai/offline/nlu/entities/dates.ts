import type { Lang } from "../lang";
import { addDays, type CalendarDate, isValidDate, nearestYear, toIsoDate, weekdayOf } from "./calendar";
import {
  AMBIGUOUS_MONTH_WORDS,
  MONTH_NUMBERS,
  NOT_TOMORROW_BEFORE,
  ORDINAL_WEEKDAY_WORDS,
  PAST_WEEKDAY_AFTER,
  PAST_WEEKDAY_BEFORE,
  RELATIVE_DAYS,
  WEEKDAY_INTRODUCERS,
  WEEKDAY_NUMBERS,
  WEEKDAY_PART_SUFFIXES,
} from "./date-words";
import { type FoldedText, originalSpan } from "./folded-text";
import type { EntityCandidate } from "./types";

export const DATE_PRIORITY = 9;

const MONTH_WORDS = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join("|");
const WEEKDAY_WORDS = Object.keys(WEEKDAY_NUMBERS).sort((a, b) => b.length - a.length).join("|");

const ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu;
const NUMERIC = /(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(\.)?(?![\d/\-]|\.\d)/gu;
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|e|o|º|°|\\.)?\\s*(?:of\\s+|de\\s+)?(${MONTH_WORDS})\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`,
  "gu",
);
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?:,?\\s+(\\d{4}))?`, "gu");
const WEEKDAY = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORDS})(?:[- ]?feira)?(?:${WEEKDAY_PART_SUFFIXES})?(?![\\p{L}])`, "gu");
const RELATIVE = RELATIVE_DAYS.map(({ pattern, offset }) => ({ pattern: new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "gu"), offset }));

// Dates resolved against today's date: relative words, weekdays (the next one, or the last one after
// "last"/"dernier"/"pasado"…), numeric dates (day first; month first only when the day cannot be a
// month, as in 11/25), month names in six languages, and ISO dates. The value is an ISO date.
export function extractDates(text: FoldedText, today: CalendarDate, lang?: Lang): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  const push = (foldedStart: number, length: number, date: CalendarDate | undefined) => {
    if (!date) return;
    const { start, end } = originalSpan(text, foldedStart, foldedStart + length);
    candidates.push({ entity: { kind: "date", value: toIsoDate(date), raw: text.original.slice(start, end), start, end }, priority: DATE_PRIORITY });
  };
  const folded = text.folded;

  for (const match of folded.matchAll(ISO)) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    push(match.index, match[0].length, isValidDate(year, month, day) ? { year, month, day } : undefined);
  }

  for (const match of folded.matchAll(NUMERIC)) {
    const separator = match[2] ?? "";
    const hasYear = match[4] !== undefined;
    const first = Number(match[1]);
    const second = Number(match[3]);
    // "12.11" needs a two-digit month or a closing dot to read as a date rather than a decimal.
    if (separator === "." && !hasYear && match[5] === undefined && (match[3] ?? "").length < 2) continue;
    let [day, month] = [first, second];
    if (separator === "/" && month > 12 && day <= 12) [day, month] = [second, first];
    const length = match[0].length - (match[5] !== undefined && hasYear ? 1 : 0);
    push(match.index, length, resolveDayMonth(today, day, month, match[4]));
  }

  for (const match of folded.matchAll(DAY_MONTH)) {
    const word = match[2] ?? "";
    if (!monthWordAllowed(word, match[0], lang)) continue;
    push(match.index, match[0].length, resolveDayMonth(today, Number(match[1]), MONTH_NUMBERS[word] ?? 0, match[3]));
  }

  for (const match of folded.matchAll(MONTH_DAY)) {
    const word = match[1] ?? "";
    if (AMBIGUOUS_MONTH_WORDS.has(word) && lang !== "pt") continue;
    push(match.index, match[0].length, resolveDayMonth(today, Number(match[2]), MONTH_NUMBERS[word] ?? 0, match[3]));
  }

  for (const { pattern, offset } of RELATIVE) {
    for (const match of folded.matchAll(pattern)) {
      if (!relativeWordAllowed(folded, match[0], match.index, offset, lang)) continue;
      push(match.index, match[0].length, addDays(today, offset));
    }
  }

  for (const match of folded.matchAll(WEEKDAY)) {
    const name = match[1] ?? "";
    const before = folded.slice(0, match.index);
    const hasFeira = /feira/u.test(match[0]);
    if (ORDINAL_WEEKDAY_WORDS.has(name) && !hasFeira && !WEEKDAY_INTRODUCERS.test(before) && folded.trim() !== name) continue;
    const after = folded.slice(match.index + match[0].length);
    const past = PAST_WEEKDAY_BEFORE.test(before) || PAST_WEEKDAY_AFTER.test(after);
    push(match.index, match[0].length, resolveWeekday(today, WEEKDAY_NUMBERS[name] ?? 0, past));
  }
  return candidates;
}

function resolveDayMonth(today: CalendarDate, day: number, month: number, yearText: string | undefined): CalendarDate | undefined {
  if (yearText === undefined) {
    const year = nearestYear(today, month, day);
    return year === undefined ? undefined : { year, month, day };
  }
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

// The coming occurrence (1 to 7 days ahead: "friday" said on a Friday is next week's), or with a
// past marker the previous one (1 to 7 days back).
function resolveWeekday(today: CalendarDate, weekday: number, past: boolean): CalendarDate {
  const current = weekdayOf(today);
  if (past) return addDays(today, -(((current - weekday + 6) % 7) + 1));
  return addDays(today, ((weekday - current + 6) % 7) + 1);
}

function monthWordAllowed(word: string, matched: string, lang: Lang | undefined): boolean {
  if (!AMBIGUOUS_MONTH_WORDS.has(word)) return true;
  return lang === "pt" || /\sde\s/u.test(matched);
}

function relativeWordAllowed(folded: string, word: string, index: number, offset: number, lang: Lang | undefined): boolean {
  const before = folded.slice(0, index);
  // "hier" is "yesterday" only in French; in Dutch and German it means "here".
  if (word === "hier") return lang === "fr";
  if (offset === 1 && (word.startsWith("morgen") || word === "manana")) {
    if (NOT_TOMORROW_BEFORE.test(before)) return false;
    // A message that is just "Morgen!" is a greeting; a plain "morgen" answers "when?".
    if (word === "morgen" && /^\s*morgen\s*!+\s*$/u.test(folded)) return false;
  }
  return true;
}
