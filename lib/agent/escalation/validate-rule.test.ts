import { describe, expect, it } from "vitest";
import { validateRule } from "./validate-rule";

const errorsOf = (input: unknown, knownTeamSlugs?: string[]) => {
  const result = validateRule(input, { knownTeamSlugs });
  return result.ok ? [] : result.errors;
};

describe("validateRule", () => {
  it("accepts a complete rule and fills in enabled", () => {
    const result = validateRule({
      name: "Refund requests over the phone go to Billing",
      condition: { kind: "intent_in", intents: ["refund_request"] },
      action: { handToTeam: "billing", setPriority: "high", addLabels: ["refund"], messageToCustomer: { en: "A colleague will help.", nl: "Een collega helpt je." }, handover: true },
    });
    expect(result).toMatchObject({ ok: true, rule: { enabled: true, condition: { kind: "intent_in" } } });
  });

  it("names the field and what is accepted", () => {
    expect(
      errorsOf({
        name: "Low confidence",
        condition: { kind: "confidence_below", threshold: 1.5 },
        action: { handover: "yes", setPriority: "asap", addLabels: ["Bad Label"] },
      }),
    ).toEqual([
      { field: "condition.threshold", message: "the threshold must be at most 1 (confidence is 0-1)" },
      { field: "action.setPriority", message: "priority must be one of low, normal, high, urgent" },
      { field: "action.addLabels.0", message: "labels are lowercase letters, digits and dashes (e.g. high-risk)" },
      { field: "action.handover", message: "say whether the rule hands the conversation to a person (true or false)" },
    ]);
  });

  it("rejects unknown condition kinds, topics, intents and extra fields", () => {
    expect(errorsOf({ name: "Odd", condition: { kind: "moon_phase" }, action: { handover: true } }).map((error) => error.field)).toEqual(["condition.kind"]);
    expect(errorsOf({ name: "Odd", condition: { kind: "topic_in", topics: ["weather"] }, action: { handover: true } })).toEqual([
      { field: "condition.topics.0", message: "unknown topic; use one of payment_dispute, account_takeover, legal_threat, medical, financial_advice" },
    ]);
    expect(errorsOf({ name: "Odd", condition: { kind: "intent_in", intents: ["order_stauts"] }, action: { handover: true } })[0]?.field).toBe("condition.intents.0");
    expect(errorsOf({ name: "Odd", condition: { kind: "integration_error", retries: 3 }, action: { handover: true } })).toEqual([
      { field: "condition", message: "unknown field: retries" },
    ]);
  });

  it("requires lists to be non-empty and keywords to be words", () => {
    expect(errorsOf({ name: "Empty", condition: { kind: "tier_in", tiers: [] }, action: { handover: true } })).toEqual([
      { field: "condition.tiers", message: "give at least one tier" },
    ]);
    expect(errorsOf({ name: "Short", condition: { kind: "keyword", keywords: ["ok", "!"] }, action: { handover: true } })[0]?.field).toBe("condition.keywords.1");
  });

  it("checks that the action makes sense as a whole", () => {
    expect(
      errorsOf({ name: "After hours", condition: { kind: "outside_business_hours" }, action: { handover: false, handToTeam: "support", messageToCustomer: { nl: "Gesloten" } } }),
    ).toEqual([
      { field: "action.handToTeam", message: "a team only applies when the rule hands over; set handover to true or remove the team" },
      { field: "action.messageToCustomer.en", message: "give an English message: it is used for every language without its own" },
    ]);
  });

  it("checks the team against the teams that exist when told them", () => {
    const input = { name: "Legal", condition: { kind: "keyword", keywords: ["lawyer"] }, action: { handover: true, handToTeam: "legall" } };
    expect(errorsOf(input, ["support", "legal"])).toEqual([{ field: "action.handToTeam", message: 'there is no team "legall"; use one of support, legal' }]);
    expect(validateRule(input).ok).toBe(true);
  });

  it("explains what a rule is when given something else", () => {
    expect(errorsOf(null)).toEqual([{ field: "", message: "a rule is an object with a name, a condition and an action" }]);
  });
});
