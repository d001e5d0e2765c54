import { describe, expect, it } from "vitest";
import { checkExpectations, confirmationViolations } from "./check-expectations";
import type { ObservedTurn, ScenarioObservation } from "./observation";
import { scenarioSchema } from "./scenario-schema";

const turn = (patch: Partial<ObservedTurn> = {}): ObservedTurn => ({
  customer: ["hi"],
  answeredPrompt: null,
  result: "answered",
  intent: "cancel_order",
  language: "en",
  outcome: "answered",
  toolCalls: [],
  usage: null,
  replies: [{ text: "Cancel order SO-100123? This can't be undone.", options: [{ id: "confirm:1", title: "Yes, cancel" }], kind: "buttons", confirmationPrompt: true, delivery: "sent" }],
  changedTables: [],
  latencyMs: 10,
  ...patch,
});
const cancel = (status: "executed" | "awaiting_confirmation") => ({ toolCallId: "1", toolName: "cancel_order", input: { orderNumber: "SO-100123" }, status, durationMs: 1 });

const observation = (turns: ObservedTurn[], patch: Partial<ScenarioObservation> = {}): ScenarioObservation => ({
  harnessError: null,
  waId: "447700900506",
  values: { order: "SO-100123" },
  turns,
  handoffs: [],
  ownerAtEnd: "bot",
  changedTables: [],
  finalState: { order: "paid", booking: null, subscription: null },
  articleTitle: null,
  durationMs: 5,
  ...patch,
});

const scenario = scenarioSchema.parse({
  name: "cancels a paid order",
  intent: "cancel_order",
  language: "en",
  persona: { linked: true, name: "Ann", customer: { pick: "order_in_state", state: "paid" } },
  turns: [{ text: "cancel {order}" }, { tap: "confirm" }],
  expect: {
    intent: "cancel_order",
    tools: [{ name: "cancel_order", args: { orderNumber: "{order}" }, status: "executed" }],
    handoff: null,
    dataChange: "confirmed",
    finalState: { order: "cancelled" },
    replyMatches: ["Cancel order {order}"],
  },
});

describe("checkExpectations", () => {
  it("passes a confirmed cancellation that did what was expected", () => {
    const run = observation(
      [turn(), turn({ answeredPrompt: "yes", intent: "affirm", toolCalls: [cancel("executed")], changedTables: ["orders"], replies: [{ text: "Done: order SO-100123 is cancelled.", options: [], kind: "text", confirmationPrompt: false, delivery: "sent" }] })],
      { changedTables: ["orders"], finalState: { order: "cancelled", booking: null, subscription: null } },
    );
    const verdict = checkExpectations(scenario, run);
    expect(verdict.checks.filter((check) => !check.passed)).toEqual([]);
    expect(verdict).toMatchObject({ passed: true, confirmationViolation: false, languageMatch: true, expectedHandoff: null, actualHandoff: null });
  });

  it("reports the first failed expectation, with the tool arguments compared after filling placeholders", () => {
    const run = observation([turn({ toolCalls: [{ ...cancel("executed"), input: { orderNumber: "SO-999999" } }], changedTables: ["orders"] })], { changedTables: ["orders"] });
    const verdict = checkExpectations(scenario, run);
    expect(verdict.passed).toBe(false);
    expect(verdict.confirmationViolation).toBe(true);
    expect(verdict.firstFailure).toMatch(/^confirmation compliance: turn 1 changed data without a confirmed prompt/);
    expect(verdict.checks.find((check) => check.name.startsWith("tool cancel_order"))?.passed).toBe(false);
  });

  it("fails a reply in another language and an unexpected handoff", () => {
    const run = observation([turn({ replies: [{ text: "Je ne peux pas annuler cette commande, elle est déjà partie.", options: [], kind: "text", confirmationPrompt: false, delivery: "sent" }] })], {
      handoffs: [{ reason: "low_confidence", summaryLength: 40 }],
    });
    const verdict = checkExpectations(scenario, run);
    expect(verdict.languageMatch).toBe(false);
    expect(verdict.actualHandoff).toBe("low_confidence");
    expect(verdict.checks.find((check) => check.name === "no handoff")?.passed).toBe(false);
  });

  it("checks grounding against the named article's title", () => {
    const grounded = scenarioSchema.parse({ ...scenario, expect: { groundedIn: "refund-policy" } });
    const quoted = observation([turn({ replies: [{ text: 'Refunds take 5 days. (From our help page "Refund policy")', options: [], kind: "text", confirmationPrompt: false, delivery: "sent" }] })], { articleTitle: "Refund policy" });
    expect(checkExpectations(grounded, quoted).grounded).toBe(true);
    expect(checkExpectations(grounded, { ...quoted, articleTitle: "Opening hours" }).grounded).toBe(false);
  });

  it("fails a turn that was never answered and a pipeline error", () => {
    const verdict = checkExpectations(scenario, observation([turn({ result: "failed", replies: [] })], { harnessError: "nothing to tap" }));
    expect(verdict.firstFailure).toBe("pipeline: nothing to tap");
  });
});

describe("confirmationViolations", () => {
  it("allows one change answering a prompt with yes, and nothing else", () => {
    expect(confirmationViolations({ turns: [turn(), turn({ answeredPrompt: "yes", toolCalls: [cancel("executed")], changedTables: ["orders"] })] })).toEqual([]);
    expect(confirmationViolations({ turns: [turn({ answeredPrompt: "no", changedTables: ["orders"] })] })).toHaveLength(1);
    expect(confirmationViolations({ turns: [turn({ answeredPrompt: "yes", toolCalls: [cancel("executed"), cancel("executed")] })] })[0]).toMatch(/2 changes/);
    expect(confirmationViolations({ turns: [turn({ toolCalls: [cancel("awaiting_confirmation")] })] })).toEqual([]);
  });
});
