// A share with what it is a share of, so a report never shows a percentage of nothing.
export type Rate = { hits: number; total: number; value: number | null };

export function rate(hits: number, total: number): Rate {
  return { hits, total, value: total === 0 ? null : hits / total };
}

export function formatPercent(value: number | null, digits = 1): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(digits)}`;
}

export function formatRate(value: Rate, digits = 1): string {
  return value.value === null ? "n/a" : `${formatPercent(value.value, digits)} % (${value.hits}/${value.total})`;
}
