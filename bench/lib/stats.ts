// Percentiles (nearest rank) and small formatting helpers shared by the benchmarks.
export type Percentiles = { p50: number; p95: number; p99: number; max: number; mean: number; count: number };

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return { p50: pct(50), p95: pct(95), p99: pct(99), max: sorted.at(-1) ?? Number.NaN, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), count: sorted.length };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function roundPercentiles(p: Percentiles): Percentiles {
  return { p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), max: round(p.max), mean: round(p.mean), count: p.count };
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)));
  const line = (row: readonly string[]) => `| ${header.map((_, i) => (row[i] ?? "").padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
