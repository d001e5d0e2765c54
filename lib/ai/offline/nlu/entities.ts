import { calendarDateIn } from "./entities/calendar";
import { extractEmails, extractPhones } from "./entities/contacts";
import { extractDates } from "./entities/dates";
import { foldText } from "./entities/folded-text";
import { extractMoney } from "./entities/money";
import { extractCardNumbers, extractIbans } from "./entities/payment-numbers";
import { extractPostcodes } from "./entities/postcodes";
import { extractReferences } from "./entities/references";
import { extractTimes } from "./entities/times";
import type { Entity, EntityCandidate } from "./entities/types";
import type { Lang } from "./lang";

export type EntityExtractionOptions = {
  // The instant relative dates are resolved against ("tomorrow", "friday"); pass it for
  // reproducible results. Defaults to the current time.
  now?: Date;
  // Where "today" is decided (IANA zone). Defaults to UTC.
  timeZone?: string;
};

// Finds identifiers, contact details, dates, times, amounts and sensitive numbers in a message.
// Every extractor proposes matches; where two overlap, the more specific kind wins (a card number
// over a phone number, "order 104233" over a postcode), then the longer match, then the earlier one.
export function extractEntities(text: string, lang?: Lang, options: EntityExtractionOptions = {}): Entity[] {
  const folded = foldText(text);
  const today = calendarDateIn(options.now ?? new Date(), options.timeZone ?? "UTC");
  const candidates: EntityCandidate[] = [
    ...extractCardNumbers(text),
    ...extractIbans(text),
    ...extractEmails(text),
    ...extractReferences(folded),
    ...extractPhones(text, lang),
    ...extractMoney(folded),
    ...extractTimes(folded),
    ...extractDates(folded, today, lang),
    ...extractPostcodes(text, lang),
  ];

  candidates.sort(
    (a, b) =>
      a.priority - b.priority ||
      b.entity.end - b.entity.start - (a.entity.end - a.entity.start) ||
      a.entity.start - b.entity.start,
  );
  const accepted: Entity[] = [];
  for (const { entity } of candidates) {
    if (accepted.some((other) => entity.start < other.end && other.start < entity.end)) continue;
    accepted.push(entity);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
