// Dates are the one part of the demo data that follows `now`. Generators work in offsets (minutes
// before or days after now) drawn from the seeded stream and turn them into dates only here, so a
// different `now` moves every date but never changes a choice, an id or a count.

export const HOUR = 60;
export const DAY = 24 * HOUR;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export type Clock = {
  now: Date;
  // The moment `minutes` before now (negative values lie in the future).
  minutesAgo: (minutes: number) => Date;
  // A calendar date (YYYY-MM-DD, UTC) `days` after today; negative for the past.
  dateInDays: (days: number) => string;
  // Whole UTC days between today and the calendar date of a moment `minutes` before now.
  dateOfMinutesAgo: (minutes: number) => string;
};

export function createClock(now: Date): Clock {
  const nowMs = now.getTime();
  const todayMs = startOfUtcDay(now).getTime();
  return {
    now,
    minutesAgo: (minutes) => new Date(nowMs - Math.round(minutes * MS_PER_MINUTE)),
    dateInDays: (days) => isoDate(new Date(todayMs + days * MS_PER_DAY)),
    dateOfMinutesAgo: (minutes) => isoDate(new Date(nowMs - Math.round(minutes * MS_PER_MINUTE))),
  };
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

// The UTC instant of a wall-clock time in an IANA time zone, daylight saving time included.
export function zonedTimeToUtc(day: Date, hour: number, minute: number, timeZone: string): Date {
  const wallClockAsUtc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const firstGuess = wallClockAsUtc - zoneOffsetMs(new Date(wallClockAsUtc), timeZone);
  return new Date(wallClockAsUtc - zoneOffsetMs(new Date(firstGuess), timeZone));
}

// Gregorian Easter Sunday (anonymous Gregorian algorithm), for the Easter Monday holiday.
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  const asUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
