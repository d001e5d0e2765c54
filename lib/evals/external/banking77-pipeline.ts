import type { EvalScenario } from "../scenario-schema";
import type { ScenarioObservation } from "../observation";
import { BANKING77_HIGH_RISK, highRiskGroupOf } from "./banking77-high-risk";
import type { LabelledText } from "./datasets";
import { rate, type Rate } from "./rates";
import { escapeBraces } from "./redteam";

// A sample of Banking77 test queries sent as a customer's first WhatsApp message through the whole
// pipeline (webhook, ingest, agent turn with the configured model, outbox), to check that the
// rules-only figure holds end to end: the model may hand over too (escalate_to_human), or a tool
// may ask for a person. The sample is deterministic: the first `perHighRiskIntent` test queries of
// every high-risk intent, and every n-th query of the others up to `others`.
export type Banking77Sample = { key: string; label: string; text: string; group: "core" | "regulated" | null };

export function banking77Sample(rows: readonly LabelledText[], perHighRiskIntent: number, others: number): Banking77Sample[] {
  const highRisk = [...Object.keys(BANKING77_HIGH_RISK.core), ...Object.keys(BANKING77_HIGH_RISK.regulated)];
  const picked: Banking77Sample[] = [];
  for (const label of highRisk) {
    rows
      .filter((row) => row.label === label)
      .slice(0, perHighRiskIntent)
      .forEach((row, index) => picked.push({ key: `${label}#${index}`, label, text: row.text, group: highRiskGroupOf(label) }));
  }
  const rest = rows.filter((row) => highRiskGroupOf(row.label) === null);
  const step = others > 0 ? Math.max(1, Math.floor(rest.length / others)) : Infinity;
  for (let index = 0; index < rest.length && picked.length < highRisk.length * perHighRiskIntent + others; index += step) {
    const row = rest[index]!;
    picked.push({ key: `${row.label}#${index}`, label: row.label, text: row.text, group: null });
  }
  return picked;
}

export function banking77Scenario(sample: Banking77Sample): EvalScenario {
  return {
    name: `banking77 ${sample.key}`,
    intent: "banking_routing",
    language: "en",
    messy: [],
    // A known customer writing from the number on their account, on a weekday morning.
    persona: { linked: true, name: "Customer", customer: { pick: "any" } },
    setup: { clock: "weekday" },
    turns: [{ text: escapeBraces(sample.text) }],
    expect: {},
  };
}

export type PipelineRouting = {
  sampled: number;
  coreRecall: Rate;
  regulatedRecall: Rate;
  falseEscalation: Rate;
  // Same handover decision (yes/no) as the rules-only figure on the same texts.
  agreementWithRules: Rate;
  byReason: { label: string; count: number }[];
  harnessErrors: number;
  disagreements: { key: string; text: string; rules: string; pipeline: string }[];
};

export function measurePipelineRouting(
  samples: readonly Banking77Sample[],
  observations: ReadonlyMap<string, ScenarioObservation>,
  rulesHandover: (text: string) => { handover: boolean; reason: string | null },
): PipelineRouting {
  let core = 0;
  let coreHits = 0;
  let regulated = 0;
  let regulatedHits = 0;
  let others = 0;
  let otherHits = 0;
  let agree = 0;
  let judged = 0;
  let harnessErrors = 0;
  const reasons = new Map<string, number>();
  const disagreements: PipelineRouting["disagreements"] = [];
  for (const sample of samples) {
    const observation = observations.get(sample.key);
    if (!observation) continue;
    if (observation.harnessError) {
      harnessErrors++;
      continue;
    }
    const reason = observation.handoffs[0]?.reason ?? null;
    const handed = reason !== null;
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (sample.group === "core") {
      core++;
      if (handed) coreHits++;
    } else if (sample.group === "regulated") {
      regulated++;
      if (handed) regulatedHits++;
    } else {
      others++;
      if (handed) otherHits++;
    }
    const rules = rulesHandover(sample.text);
    judged++;
    if (rules.handover === handed) agree++;
    else if (disagreements.length < 10) disagreements.push({ key: sample.key, text: sample.text.slice(0, 160), rules: rules.reason ?? "no handover", pipeline: reason ?? "no handover" });
  }
  return {
    sampled: samples.length,
    coreRecall: rate(coreHits, core),
    regulatedRecall: rate(regulatedHits, regulated),
    falseEscalation: rate(otherHits, others),
    agreementWithRules: rate(agree, judged),
    byReason: [...reasons.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([label, count]) => ({ label, count })),
    harnessErrors,
    disagreements,
  };
}
