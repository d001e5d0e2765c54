import { describe, expect, it } from "vitest";
import type { RunVerdict } from "./check-expectations";
import { intentMetrics, percentile, type ScenarioRuns } from "./metrics";
import { formatRate, thresholdFailures } from "./report";

const verdict = (patch: Partial<RunVerdict> = {}): RunVerdict => ({
  passed: true,
  checks: [],
  firstFailure: null,
  confirmationViolation: false,
  grounded: null,
  languageMatch: true,
  expectedHandoff: undefined,
  actualHandoff: null,
  ...patch,
});
const scenario = (id: string, runs: RunVerdict[], patch: Partial<ScenarioRuns> = {}): ScenarioRuns => ({
  id,
  intent: "x",
  messy: false,
  knownFailure: null,
  turns: 2,
  runs: runs.map((v) => ({ verdict: v, turnLatenciesMs: [100, 300], inputTokens: 1000, outputTokens: 10 })),
  ...patch,
});

describe("intentMetrics", () => {
  it("reports pass^k: a scenario counts only when all its k runs passed", () => {
    const metrics = intentMetrics("x", [scenario("a", [verdict(), verdict()]), scenario("b", [verdict(), verdict({ passed: false })])], null);
    expect(metrics.taskSuccess).toBe(0.5);
    expect(metrics.passRate).toBe(0.75);
    expect(metrics.runs).toBe(4);
  });

  it("computes escalation precision and recall, a wrong reason being both a false alarm and a miss", () => {
    const metrics = intentMetrics(
      "x",
      [
        scenario("tp", [verdict({ expectedHandoff: "high_risk_topic", actualHandoff: "high_risk_topic" })]),
        scenario("wrong", [verdict({ expectedHandoff: "high_risk_topic", actualHandoff: "low_confidence" })]),
        scenario("fp", [verdict({ expectedHandoff: null, actualHandoff: "low_confidence" })]),
        scenario("tn", [verdict({ expectedHandoff: null, actualHandoff: null })]),
        scenario("unchecked", [verdict({ expectedHandoff: undefined, actualHandoff: "vip_customer" })]),
      ],
      null,
    );
    expect(metrics.escalationPrecision).toBeCloseTo(1 / 3);
    expect(metrics.escalationRecall).toBeCloseTo(1 / 2);
  });

  it("leaves rates with nothing to measure as null, and prices tokens when a price is known", () => {
    const metrics = intentMetrics("x", [scenario("a", [verdict({ grounded: true })]), scenario("b", [verdict({ confirmationViolation: true, languageMatch: false })], { messy: true, knownFailure: "why" })], {
      inputPerMillionUsd: 1,
      outputPerMillionUsd: 4,
    });
    expect(metrics.escalationPrecision).toBeNull();
    expect(metrics.escalationRecall).toBeNull();
    expect(metrics.grounding).toBe(1);
    expect(metrics.confirmationCompliance).toBe(0.5);
    expect(metrics.languageMatch).toBe(0.5);
    expect(metrics.messy).toBe(1);
    expect(metrics.knownFailures).toBe(1);
    expect(metrics.avgTurns).toBe(2);
    expect(metrics.inputTokens).toBe(2000);
    expect(metrics.costUsd).toBeCloseTo((2000 * 1 + 20 * 4) / 1_000_000);
    expect(intentMetrics("x", [scenario("a", [verdict()])], null).costUsd).toBeNull();
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("thresholdFailures", () => {
  it("names every intent and metric under its threshold, ignoring unmeasured ones", () => {
    const metrics = intentMetrics("x", [scenario("a", [verdict({ passed: false, confirmationViolation: true })]), scenario("b", [verdict()])], null);
    const failures = thresholdFailures([metrics], { default: { taskSuccess: 0.5, confirmationCompliance: 1, grounding: 0.9 }, intents: {} });
    expect(failures).toEqual(["x confirmationCompliance 50.0% < 100%"]);
    expect(formatRate(null)).toBe("n/a");
  });
});
