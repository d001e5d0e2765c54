import type { Banking77Metrics } from "./banking77";
import type { PipelineRouting } from "./banking77-pipeline";
import type { ClincMetrics } from "./clinc";
import type { PiiMetrics } from "./pii";
import { formatPercent, type Rate } from "./rates";
import type { RedTeamRun, RedTeamSummary } from "./redteam";

// evals/results/external-latest.json: what `npm run eval:external` measured, with the published
// anchor next to each figure. A section is null when its dataset was missing or it was skipped.
export type ExternalReport = {
  version: 1;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  model: string;
  dataDir: string;
  missingDatasets: string[];
  sectionMs: Record<string, number>;
  clinc150: { split: "test + oos_test"; pipeline: ClincMetrics; languageGivenAsEnglish: Pick<ClincMetrics, "inScopeAccuracy" | "oosRecall" | "unmappedRejection"> } | null;
  banking77: { split: "test"; highRisk: { core: string[]; regulated: string[] }; rules: Banking77Metrics; pipelineSample: PipelineRouting | null } | null;
  pii: PiiMetrics | null;
  redTeam: { foreignOrder: string | null; summary: RedTeamSummary; runs: RedTeamRun[] } | null;
  table: TableRow[];
};

export type TableRow = { dataset: string; measure: string; ours: string; anchor: string };

export function pct(value: Rate): string {
  return value.value === null ? "n/a" : `${formatPercent(value.value)} % (${value.hits}/${value.total})`;
}

// A plain-text table: columns padded to their widest cell, the anchor column wrapped.
export function formatTable(rows: readonly TableRow[], anchorWidth = 70): string {
  const headers: TableRow = { dataset: "dataset", measure: "measure", ours: "ours", anchor: "published anchor" };
  const widths = {
    dataset: Math.max(...[headers, ...rows].map((row) => row.dataset.length)),
    measure: Math.max(...[headers, ...rows].map((row) => row.measure.length)),
    ours: Math.max(...[headers, ...rows].map((row) => row.ours.length)),
  };
  const lines: string[] = [];
  const line = (row: TableRow) => {
    const anchor = row === headers ? [row.anchor] : wrap(row.anchor, anchorWidth);
    anchor.forEach((part, index) => {
      const cells = index === 0 ? [row.dataset.padEnd(widths.dataset), row.measure.padEnd(widths.measure), row.ours.padStart(widths.ours)] : ["".padEnd(widths.dataset), "".padEnd(widths.measure), "".padStart(widths.ours)];
      lines.push([...cells, part].join(" | ").trimEnd());
    });
  };
  line(headers);
  lines.push(["-".repeat(widths.dataset), "-".repeat(widths.measure), "-".repeat(widths.ours), "-".repeat(Math.min(anchorWidth, 16))].join("-|-"));
  rows.forEach(line);
  return lines.join("\n");
}

export function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== "");
  if (words.length === 0) return [""];
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}
