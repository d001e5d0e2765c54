import type { MetricsFilterQuery } from "@/lib/validation/metrics";

export type MetricsRange = {
  preset: MetricsFilterQuery["preset"];
  // Inclusive UTC days, as shown in the filter.
  fromDay: string;
  toDay: string;
  // [from, to): from 00:00 UTC of the first day to 00:00 UTC after the last.
  from: Date;
  to: Date;
  inboxId: string | null;
};

const DAY_MS = 86_400_000;
const PRESET_DAYS = { today: 1, "7d": 7, "30d": 30, "90d": 90 } as const;

// Turns the URL filters into the half-open time range the queries use. Presets end today (UTC).
export function resolveMetricsRange(query: MetricsFilterQuery, now: Date = new Date()): MetricsRange {
  const today = now.toISOString().slice(0, 10);
  const [fromDay, toDay] =
    query.preset === "custom" && query.from && query.to ? [query.from, query.to] : [shiftDay(today, -(PRESET_DAYS[query.preset === "custom" ? "30d" : query.preset] - 1)), today];
  return {
    preset: query.preset,
    fromDay,
    toDay,
    from: new Date(`${fromDay}T00:00:00.000Z`),
    to: new Date(Date.parse(`${toDay}T00:00:00.000Z`) + DAY_MS),
    inboxId: query.inboxId ?? null,
  };
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
