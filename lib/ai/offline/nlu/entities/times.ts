import { type FoldedText, originalSpan } from "./folded-text";
import type { EntityCandidate } from "./types";

// Times with a marker (am/pm, h, Uhr, uur) are unambiguous and win over a date reading of "12.30".
export const MARKED_TIME_PRIORITY = 8;
export const COLON_TIME_PRIORITY = 10;

const HOUR_MINUTE = /(?<![\d:.])(\d{1,2})(?::|h)(\d{2})(?:\s?(am|pm|a\.m\.|p\.m\.))?(?![\d:])/gu;
const DOTTED_WITH_MARKER = /(?<![\d:.])(\d{1,2})\.(\d{2})\s?(am|pm|a\.m\.|p\.m\.|uhr|uur|h)(?![\p{L}\d])/gu;
const HOUR_AM_PM = /(?<![\d:.])(\d{1,2})\s?(am|pm|a\.m\.|p\.m\.)(?![\p{L}\d])/gu;
const HOUR_MARKER = /(?<![\d:.])(\d{1,2})\s?(h|uhr|uur)(?![\p{L}\d])/gu;
const SPANISH_HOUR = /(?<![\p{L}])a las (\d{1,2})(?![\d:])/gu;
// "en 24h", "in 2h", "dans 48h": a duration, not a time of day.
const DURATION_BEFORE = /(?:en|in|dans|em|within|binnen|innerhalb|under|sous|menos de)\s+$/u;

export function extractTimes(text: FoldedText): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  const push = (index: number, length: number, hourText: string, minuteText: string | undefined, marker: string | undefined, priority: number) => {
    const time = toTime(Number(hourText), Number(minuteText ?? "0"), marker);
    if (!time) return;
    const { start, end } = originalSpan(text, index, index + length);
    candidates.push({ entity: { kind: "time", value: time, raw: text.original.slice(start, end), start, end }, priority });
  };
  const folded = text.folded;

  for (const match of folded.matchAll(HOUR_MINUTE)) {
    const marked = match[3] !== undefined || match[0].includes("h");
    push(match.index, match[0].length, match[1] ?? "", match[2], match[3], marked ? MARKED_TIME_PRIORITY : COLON_TIME_PRIORITY);
  }
  for (const match of folded.matchAll(DOTTED_WITH_MARKER)) push(match.index, match[0].length, match[1] ?? "", match[2], match[3], MARKED_TIME_PRIORITY);
  for (const match of folded.matchAll(HOUR_AM_PM)) push(match.index, match[0].length, match[1] ?? "", undefined, match[2], MARKED_TIME_PRIORITY);
  for (const match of folded.matchAll(HOUR_MARKER)) {
    if (DURATION_BEFORE.test(folded.slice(0, match.index))) continue;
    push(match.index, match[0].length, match[1] ?? "", undefined, match[2], MARKED_TIME_PRIORITY);
  }
  for (const match of folded.matchAll(SPANISH_HOUR)) {
    const hourText = match[1] ?? "";
    // "a las 3" for an appointment means the afternoon; shops are not open at three in the night.
    const hour = Number(hourText);
    const businessHour = hour >= 1 && hour <= 7 ? String(hour + 12) : hourText;
    push(match.index + match[0].length - hourText.length, hourText.length, businessHour, undefined, undefined, COLON_TIME_PRIORITY);
  }
  return candidates;
}

function toTime(hour: number, minute: number, marker: string | undefined): string | undefined {
  if (minute > 59) return undefined;
  const meridiem = marker?.replace(/\./g, "");
  let hour24 = hour;
  if (meridiem === "am" || meridiem === "pm") {
    if (hour < 1 || hour > 12) return undefined;
    hour24 = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  if (hour24 > 23) return undefined;
  return `${String(hour24).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
