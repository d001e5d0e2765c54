// Calendar arithmetic on UTC dates (YYYY-MM-DD), the way the demo shop's dates are stored.

const MS_PER_DAY = 86_400_000;

export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDaysToIsoDay(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY));
}

export function daysBetweenIsoDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

export function startOfIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
