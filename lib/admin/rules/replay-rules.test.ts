import { describe, expect, it } from "vitest";
import type { TurnSignals } from "@/lib/agent/escalation/turn-signals";
import type { EscalationRule } from "@/lib/db/schema";
import { replayRules, type ReplayTurn } from "./replay-rules";

const at = new Date("2026-03-03T10:00:00Z");
const rule = (id: string, position: number, condition: EscalationRule["condition"], handover = true) => ({ id, name: id, position, enabled: true, condition, action: { handover, handToTeam: "support" } });
const turn = (id: string, text: string, extra: Partial<ReplayTurn> = {}): ReplayTurn => ({
  turnId: id,
  startedAt: at,
  texts: [text],
  stored: { confidence: 0.9, language: "en", sentiment: "neutral" },
  toolCalls: [],
  outcome: "answered",
  ...extra,
});
const read = (texts: string[]): TurnSignals => ({
  text: texts.join("\n"),
  language: "en",
  intent: "order_status",
  confidence: 0.9,
  ranking: [],
  entities: [],
  sentiment: { label: "neutral", score: 0, urgency: "normal" },
  highRiskTopics: [],
  explicitHumanRequest: false,
});
const options = { tier: "standard" as const, businessHours: null, confidenceThreshold: 0.4, read, outsideBusinessHours: () => false };

describe("replayRules", () => {
  it("uses each turn's stored sentiment and rebuilds the negative streak across turns", () => {
    const rules = [rule("unhappy", 1, { kind: "negative_sentiment", consecutive: 2 })];
    const negative = { confidence: 0.9, language: "en" as const, sentiment: "negative" as const };
    const result = replayRules([turn("a", "late again", { stored: negative }), turn("b", "still nothing", { stored: negative }), turn("c", "ok")], rules, options);
    expect(result.map((row) => row.context.negativeStreak)).toEqual([1, 2, 0]);
    expect(result.map((row) => row.decision?.ruleName ?? null)).toEqual([null, "unhappy", null]);
  });

  it("counts failed lookups from earlier turns and sees an integration error in the turn itself", () => {
    const rules = [rule("lookups", 1, { kind: "failed_lookups", atLeast: 2 }), rule("systems", 2, { kind: "integration_error" })];
    const notFound = { toolCallId: "t", toolName: "lookup_order", input: {}, output: { ok: false, reason: "not_found" }, status: "executed" as const, durationMs: 1 };
    const broken = { ...notFound, output: { ok: false, reason: "integration_error" } };
    const result = replayRules([turn("a", "SO-1", { toolCalls: [notFound, notFound] }), turn("b", "SO-2", { toolCalls: [broken] })], rules, options);
    expect(result[0]!.matches).toEqual([]);
    expect(result[1]!.matches.map((match) => match.ruleId)).toEqual(["lookups", "systems"]);
    expect(result[1]!.decision).toMatchObject({ ruleId: "lookups", handover: true, teamSlug: "support" });
  });

  it("skips disabled rules and keeps keyword matching on the customer's words", () => {
    const rules = [{ ...rule("off", 1, { kind: "keyword", keywords: ["lawyer"] }), enabled: false }, rule("on", 2, { kind: "keyword", keywords: ["lawyer"] })];
    const [result] = replayRules([turn("a", "my lawyer will call")], rules, options);
    expect(result!.matches.map((match) => match.ruleId)).toEqual(["on"]);
  });
});
