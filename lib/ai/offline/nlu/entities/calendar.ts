// Calendar dates as plain year/month/day, free of time zones once today's date is known.
export type CalendarDate = { year: number; month: number; day: number };

// Today's date where the business is, from an instant.
export function calendarDateIn(now: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

// 0 = Monday … 6 = Sunday.
export function weekdayOf(date: CalendarDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

// A day and month without a year mean the occurrence nearest to today: "12/11" in late December is
// last November, in early November this November.
export function nearestYear(today: CalendarDate, month: number, day: number): number | undefined {
  const candidates = [today.year - 1, today.year, today.year + 1].filter((year) => isValidDate(year, month, day));
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(today.year, today.month - 1, today.day));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}
