// Results files: bench/results/<benchmark>.json holds one entry per database kind, so a PGlite run
// and a PostgreSQL run sit side by side. Every entry carries `summary`: the rows the one table of
// `npm run bench` (bench/run-all.ts) shows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "..", "results");

// One line of the combined table. `ours` and `floor` are display strings; the numbers stay in the
// benchmark's own JSON.
export type SummaryRow = {
  metric: string;
  ours: string;
  floor: string;
  floorLabel: string;
  target: string;
  verdict: "PASS" | "FAIL" | "";
  // Why a figure is what it is, when that matters for the reading (shown under the table).
  note?: string;
};

type ResultsFile = { benchmark: string; description: string; runs: Record<string, unknown> };

export function resultsFile(benchmark: string): string {
  return path.join(RESULTS_DIR, `${benchmark}.json`);
}

export function writeResults(benchmark: string, description: string, kind: string, result: unknown): string {
  const file = resultsFile(benchmark);
  mkdirSync(RESULTS_DIR, { recursive: true });
  let previous: Partial<ResultsFile> = {};
  if (existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, "utf8")) as Partial<ResultsFile>;
    } catch {
      previous = {};
    }
  }
  const content: ResultsFile = { benchmark, description, runs: { ...previous.runs, [kind]: result } };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

export function readRun(benchmark: string, kind: string): { summary?: SummaryRow[]; startedAt?: string; [key: string]: unknown } | null {
  const file = resultsFile(benchmark);
  if (!existsSync(file)) return null;
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as Partial<ResultsFile>;
    const run = content.runs?.[kind];
    return run && typeof run === "object" ? (run as { summary?: SummaryRow[] }) : null;
  } catch {
    return null;
  }
}

export function verdict(ok: boolean): "PASS" | "FAIL" {
  return ok ? "PASS" : "FAIL";
}

export function ms(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : "—";
}

export function msPair(a: number, b: number, digits = 1): string {
  return Number.isFinite(a) && Number.isFinite(b) ? `${a.toFixed(digits)} / ${b.toFixed(digits)} ms` : "—";
}
