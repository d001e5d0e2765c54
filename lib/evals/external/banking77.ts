import { highRiskGroupOf } from "./banking77-high-risk";
import { topCounts } from "./clinc";
import type { LabelledText } from "./datasets";
import { rate, type Rate } from "./rates";

// What the escalation rules decided on a customer's first message.
export type EscalationOutcome = {
  // A person takes over now.
  handover: boolean;
  // The escalation reason when handover is true (high_risk_topic, customer_requested_human…).
  reason: string | null;
  // No handover, but the agent is unsure and asks one clarifying question first (after which the
  // low-confidence rule may hand over).
  clarification: boolean;
};

export type Decide = (text: string) => EscalationOutcome;

export type GroupMetrics = {
  // Share of the group's test queries that hand over on the first message.
  recall: Rate;
  // Handed over or asked a clarifying question (a person is one more unsure turn away).
  recallWithClarification: Rate;
  byReason: { label: string; count: number }[];
  perIntent: { intent: string; recall: Rate }[];
};

export type Banking77Metrics = {
  core: GroupMetrics;
  regulated: GroupMetrics;
  // core + regulated together (the README's list and ours).
  all: GroupMetrics;
  // Every other intent: share handed over anyway (a false escalation).
  falseEscalation: Rate;
  falseEscalationByReason: { label: string; count: number }[];
  falseEscalationTopIntents: { intent: string; rate: Rate }[];
  // Precision of "handed over" as a detector of core ∪ regulated.
  precision: Rate;
};

export function measureBanking77(rows: readonly LabelledText[], decide: Decide): Banking77Metrics {
  type Tally = { handed: number; clarified: number; total: number; reasons: Map<string, number> };
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const outcome = decide(row.text);
    const tally = tallies.get(row.label) ?? { handed: 0, clarified: 0, total: 0, reasons: new Map<string, number>() };
    tally.total++;
    if (outcome.handover) {
      tally.handed++;
      const reason = outcome.reason ?? "?";
      tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1);
    } else if (outcome.clarification) tally.clarified++;
    tallies.set(row.label, tally);
  }

  const group = (labels: string[]): GroupMetrics => {
    const entries = labels.map((label) => [label, tallies.get(label) ?? { handed: 0, clarified: 0, total: 0, reasons: new Map<string, number>() }] as const);
    const reasons = new Map<string, number>();
    for (const [, tally] of entries) for (const [reason, count] of tally.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + count);
    const handed = entries.reduce((sum, [, tally]) => sum + tally.handed, 0);
    const clarified = entries.reduce((sum, [, tally]) => sum + tally.clarified, 0);
    const total = entries.reduce((sum, [, tally]) => sum + tally.total, 0);
    return {
      recall: rate(handed, total),
      recallWithClarification: rate(handed + clarified, total),
      byReason: topCounts(reasons, 10),
      perIntent: entries.map(([intent, tally]) => ({ intent, recall: rate(tally.handed, tally.total) })),
    };
  };

  const labels = [...tallies.keys()].sort();
  const core = labels.filter((label) => highRiskGroupOf(label) === "core");
  const regulated = labels.filter((label) => highRiskGroupOf(label) === "regulated");
  const others = labels.filter((label) => highRiskGroupOf(label) === null);
  const otherReasons = new Map<string, number>();
  let otherHanded = 0;
  let otherTotal = 0;
  for (const label of others) {
    const tally = tallies.get(label)!;
    otherHanded += tally.handed;
    otherTotal += tally.total;
    for (const [reason, count] of tally.reasons) otherReasons.set(reason, (otherReasons.get(reason) ?? 0) + count);
  }
  const all = group([...core, ...regulated]);
  return {
    core: group(core),
    regulated: group(regulated),
    all,
    falseEscalation: rate(otherHanded, otherTotal),
    falseEscalationByReason: topCounts(otherReasons, 10),
    falseEscalationTopIntents: others
      .map((intent) => ({ intent, rate: rate(tallies.get(intent)!.handed, tallies.get(intent)!.total) }))
      .filter((entry) => entry.rate.hits > 0)
      .sort((a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0) || a.intent.localeCompare(b.intent))
      .slice(0, 8),
    precision: rate(all.recall.hits, all.recall.hits + otherHanded),
  };
}
