import type { BusinessHours } from "@/lib/db/schema";

// Opening hours are wall-clock times in the inbox's time zone: "09:00-17:00" on a Monday in
// Europe/Amsterdam is a different UTC range in winter and in summer, so every check converts `now`
// into that zone first (Intl.DateTimeFormat, which knows the daylight-saving rules).
//   weekly:   "0" (Sunday) … "6" (Saturday), each a list of "HH:MM-HH:MM" ranges; the end is
//             exclusive and may be "24:00"; a range must end after it starts (no overnight ranges)
//   holidays: "YYYY-MM-DD" local dates on which the team is closed all day
// Malformed ranges are skipped (closed), never guessed; an unknown time zone throws a RangeError
// from Intl, which the admin form is expected to prevent.

const MINUTES_PER_DAY = 24 * 60;
// How far ahead nextOpening looks before deciding the team never opens (e.g. no ranges at all).
const SEARCH_DAYS = 28;

type LocalMoment = { date: string; weekday: number; minuteOfDay: number; year: number; month: number; day: number };
type OpeningRange = { startMinute: number; endMinute: number };

export function isWithinBusinessHours(hours: BusinessHours, now: Date): boolean {
  const local = localMoment(now, hours.timezone);
  if (hours.holidays.includes(local.date)) return false;
  return rangesOn(hours, local.weekday).some((range) => range.startMinute <= local.minuteOfDay && local.minuteOfDay < range.endMinute);
}

// When the team is next open: `now` itself while open, otherwise the start of the next range on a
// day that is not a holiday; null when no opening lies within four weeks. Used for "a colleague
// will reply from …".
export function nextOpening(hours: BusinessHours, now: Date): Date | null {
  if (isWithinBusinessHours(hours, now)) return now;
  const today = localMoment(now, hours.timezone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const date = day.toISOString().slice(0, 10);
    if (hours.holidays.includes(date)) continue;
    for (const range of rangesOn(hours, day.getUTCDay())) {
      if (offset === 0 && range.startMinute <= today.minuteOfDay) continue;
      const opening = wallClockToInstant(day, range.startMinute, hours.timezone);
      // A start inside a daylight-saving gap can land before now; the next range will do.
      if (opening.getTime() > now.getTime()) return opening;
    }
  }
  return null;
}

function rangesOn(hours: BusinessHours, weekday: number): OpeningRange[] {
  return (hours.weekly[String(weekday)] ?? [])
    .flatMap((text) => {
      const range = parseRange(text);
      return range ? [range] : [];
    })
    .sort((a, b) => a.startMinute - b.startMinute);
}

function parseRange(text: string): OpeningRange | undefined {
  const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return undefined;
  const startMinute = minuteOf(Number(match[1]), Number(match[2]));
  const endMinute = minuteOf(Number(match[3]), Number(match[4]));
  if (startMinute === undefined || endMinute === undefined || endMinute <= startMinute) return undefined;
  return { startMinute, endMinute };
}

function minuteOf(hour: number, minute: number): number | undefined {
  if (minute > 59) return undefined;
  const total = hour * 60 + minute;
  return total > MINUTES_PER_DAY ? undefined : total;
}

function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts = zonedParts(instant, timeZone);
  const date = `${String(parts.year).padStart(4, "0")}-${pad(parts.month)}-${pad(parts.day)}`;
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  return { date, weekday, minuteOfDay: parts.hour * 60 + parts.minute, year: parts.year, month: parts.month, day: parts.day };
}

// The instant at which the clocks in `timeZone` show `minuteOfDay` on `day` (a UTC midnight that
// stands for the local date). Two passes settle the offset on either side of a DST change.
function wallClockToInstant(day: Date, minuteOfDay: number, timeZone: string): Date {
  const wallClockAsUtc = day.getTime() + minuteOfDay * 60_000;
  const firstGuess = wallClockAsUtc - offsetMs(new Date(wallClockAsUtc), timeZone);
  return new Date(wallClockAsUtc - offsetMs(new Date(firstGuess), timeZone));
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

type ZonedParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? "0");
  return { year: field("year"), month: field("month"), day: field("day"), hour: field("hour"), minute: field("minute"), second: field("second") };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
