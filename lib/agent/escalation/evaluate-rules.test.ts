import { describe, expect, it } from "vitest";
import type { BusinessHours, RuleAction, RuleCondition } from "@/lib/db/schema";
import { evaluateEscalationRules, type EvaluableRule } from "./evaluate-rules";
import type { EscalationContext, TurnSignals } from "./turn-signals";

const signals = (overrides: Partial<TurnSignals> = {}): TurnSignals => ({
  text: "Where is my order SO-104233?",
  language: "en",
  intent: "order_status",
  confidence: 0.95,
  ranking: [{ intent: "order_status", score: 0.95 }],
  entities: [],
  sentiment: { label: "neutral", score: 0, urgency: "normal" },
  highRiskTopics: [],
  explicitHumanRequest: false,
  ...overrides,
});

const OPEN_ALL_WEEK: BusinessHours = {
  timezone: "Europe/Amsterdam",
  weekly: Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((day) => [String(day), ["00:00-24:00"]])),
  holidays: [],
};
const WEEKDAYS_9_TO_5: BusinessHours = {
  timezone: "Europe/Amsterdam",
  weekly: { "1": ["09:00-17:00"], "2": ["09:00-17:00"], "3": ["09:00-17:00"], "4": ["09:00-17:00"], "5": ["09:00-17:00"] },
  holidays: [],
};
// Monday 2 March 2026, 11:00 in Amsterdam.
const MONDAY_MORNING = new Date("2026-03-02T10:00:00Z");

const context = (overrides: Partial<EscalationContext> = {}): EscalationContext => ({
  tier: "standard",
  now: MONDAY_MORNING,
  businessHours: OPEN_ALL_WEEK,
  clarificationsAsked: 0,
  failedLookups: 0,
  negativeStreak: 0,
  integrationError: false,
  confidenceThreshold: 0.45,
  ...overrides,
});

let nextId = 0;
const rule = (condition: RuleCondition, action: Partial<RuleAction> = {}, position = ++nextId): EvaluableRule => ({
  id: `rule-${position}`,
  name: `${condition.kind} rule`,
  position,
  enabled: true,
  condition,
  action: { handover: true, ...action },
});

describe("evaluateEscalationRules: each condition kind", () => {
  const cases: { condition: RuleCondition; matching: [Partial<TurnSignals>, Partial<EscalationContext>]; notMatching: [Partial<TurnSignals>, Partial<EscalationContext>]; reason: string }[] = [
    { condition: { kind: "explicit_human_request" }, matching: [{ explicitHumanRequest: true }, {}], notMatching: [{}, {}], reason: "customer_requested_human" },
    { condition: { kind: "intent_in", intents: ["refund_request", "complaint"] }, matching: [{ intent: "complaint" }, {}], notMatching: [{}, {}], reason: "rule_matched" },
    { condition: { kind: "confidence_below", threshold: 0.5 }, matching: [{ confidence: 0.3 }, { clarificationsAsked: 1 }], notMatching: [{ confidence: 0.6 }, { clarificationsAsked: 1 }], reason: "low_confidence" },
    {
      condition: { kind: "negative_sentiment", consecutive: 2 },
      matching: [{ sentiment: { label: "negative", score: -0.6, urgency: "normal" } }, { negativeStreak: 2 }],
      notMatching: [{ sentiment: { label: "negative", score: -0.6, urgency: "normal" } }, { negativeStreak: 1 }],
      reason: "negative_sentiment",
    },
    { condition: { kind: "topic_in", topics: ["legal_threat"] }, matching: [{ highRiskTopics: ["legal_threat"] }, {}], notMatching: [{ highRiskTopics: ["medical"] }, {}], reason: "high_risk_topic" },
    { condition: { kind: "tier_in", tiers: ["vip"] }, matching: [{}, { tier: "vip" }], notMatching: [{}, { tier: "plus" }], reason: "vip_customer" },
    { condition: { kind: "keyword", keywords: ["rotten", "smells*"] }, matching: [{ text: "The beans SMELLS BAD" }, {}], notMatching: [{ text: "unrottenable" }, {}], reason: "rule_matched" },
    { condition: { kind: "failed_lookups", atLeast: 3 }, matching: [{}, { failedLookups: 3 }], notMatching: [{}, { failedLookups: 2 }], reason: "failed_lookups" },
    { condition: { kind: "integration_error" }, matching: [{}, { integrationError: true }], notMatching: [{}, {}], reason: "integration_error" },
    { condition: { kind: "outside_business_hours" }, matching: [{}, { businessHours: WEEKDAYS_9_TO_5, now: new Date("2026-03-02T17:30:00Z") }], notMatching: [{}, { businessHours: WEEKDAYS_9_TO_5 }], reason: "outside_business_hours" },
  ];

  it.each(cases)("$condition.kind matches when it should and maps to $reason", ({ condition, matching, notMatching, reason }) => {
    const rules = [rule(condition, { handToTeam: "support" })];
    const hit = evaluateEscalationRules(rules, signals(matching[0]), context(matching[1]));
    expect(hit.matches).toEqual([{ ruleId: rules[0]!.id, ruleName: rules[0]!.name, kind: condition.kind }]);
    expect(hit.decision).toMatchObject({ reason, handover: true, teamSlug: "support" });

    const miss = evaluateEscalationRules(rules, signals(notMatching[0]), context(notMatching[1]));
    expect(miss.matches).toEqual([]);
    expect(miss.decision).toBeNull();
  });

  it("reads a keyword rule as a high-risk escalation when the text also touches a high-risk topic", () => {
    const rules = [rule({ kind: "keyword", keywords: ["lawyer"] }, { handToTeam: "legal" })];
    const result = evaluateEscalationRules(rules, signals({ text: "my lawyer will call", highRiskTopics: ["legal_threat"] }), context());
    expect(result.decision?.reason).toBe("high_risk_topic");
  });

  it("reads topic aliases (chargeback, fraud) as the topics they belong to", () => {
    const rules = [rule({ kind: "topic_in", topics: ["chargeback", "fraud"] }, { handToTeam: "billing" })];
    expect(evaluateEscalationRules(rules, signals({ highRiskTopics: ["account_takeover"] }), context()).decision?.teamSlug).toBe("billing");
    expect(evaluateEscalationRules(rules, signals({ highRiskTopics: ["legal_threat"] }), context()).decision).toBeNull();
  });

  it("does not count a negative streak when this turn is not negative", () => {
    const rules = [rule({ kind: "negative_sentiment", consecutive: 1 })];
    expect(evaluateEscalationRules(rules, signals(), context({ negativeStreak: 3 })).decision).toBeNull();
  });

  it("treats missing business hours as always open", () => {
    const rules = [rule({ kind: "outside_business_hours" }, { handover: false })];
    expect(evaluateEscalationRules(rules, signals(), context({ businessHours: null })).decision).toBeNull();
  });
});

describe("evaluateEscalationRules: order, labels and messages", () => {
  it("lets the first matching handover rule decide the team, and collects every matching rule's labels", () => {
    const rules = [
      rule({ kind: "tier_in", tiers: ["vip"] }, { handover: false, addLabels: ["vip"] }, 1),
      rule({ kind: "topic_in", topics: ["legal_threat"] }, { handToTeam: "legal", setPriority: "urgent", addLabels: ["high-risk"] }, 2),
      rule({ kind: "explicit_human_request" }, { handToTeam: "support", addLabels: ["human-requested", "vip"] }, 3),
      rule({ kind: "intent_in", intents: ["order_status"] }, { handToTeam: "logistics", addLabels: ["never"] }, 4),
    ];
    const result = evaluateEscalationRules(rules, signals({ highRiskTopics: ["legal_threat"], explicitHumanRequest: true, intent: "complaint" }), context({ tier: "vip" }));
    expect(result.matches.map((match) => match.ruleId)).toEqual(["rule-1", "rule-2", "rule-3"]);
    expect(result.decision).toMatchObject({ ruleId: "rule-2", reason: "high_risk_topic", handover: true, teamSlug: "legal", priority: "urgent" });
    expect(result.decision?.labels).toEqual(["vip", "high-risk", "human-requested"]);
  });

  it("orders by position, not by list order, and skips disabled rules", () => {
    const rules = [
      rule({ kind: "explicit_human_request" }, { handToTeam: "support" }, 20),
      { ...rule({ kind: "explicit_human_request" }, { handToTeam: "nobody" }, 5), enabled: false },
      rule({ kind: "explicit_human_request" }, { handToTeam: "vip" }, 10),
    ];
    const result = evaluateEscalationRules(rules, signals({ explicitHumanRequest: true }), context());
    expect(result.decision?.teamSlug).toBe("vip");
    expect(result.matches.map((match) => match.ruleId)).toEqual(["rule-10", "rule-20"]);
  });

  it("raises the priority to the highest any matching rule asks for", () => {
    const rules = [
      rule({ kind: "explicit_human_request" }, { handToTeam: "support" }, 1),
      rule({ kind: "tier_in", tiers: ["vip"] }, { handToTeam: "vip", setPriority: "high" }, 2),
    ];
    const result = evaluateEscalationRules(rules, signals({ explicitHumanRequest: true }), context({ tier: "vip" }));
    expect(result.decision).toMatchObject({ teamSlug: "support", priority: "high", reason: "customer_requested_human" });
  });

  it("keeps the bot helping after hours, with the notice in the customer's language", () => {
    const rules = [
      rule(
        { kind: "outside_business_hours" },
        { handover: false, addLabels: ["after-hours"], messageToCustomer: { en: "We're closed.", nl: "We zijn gesloten." } },
      ),
    ];
    const evening = context({ businessHours: WEEKDAYS_9_TO_5, now: new Date("2026-03-06T18:00:00Z") }); // Friday 19:00
    const dutch = evaluateEscalationRules(rules, signals({ language: "nl" }), evening);
    expect(dutch.decision).toEqual({
      ruleId: rules[0]!.id,
      ruleName: rules[0]!.name,
      reason: "outside_business_hours",
      handover: false,
      labels: ["after-hours"],
      customerMessage: "We zijn gesloten.",
      followUpAt: new Date("2026-03-09T08:00:00Z"), // Monday 09:00 in Amsterdam
    });
    expect(evaluateEscalationRules(rules, signals({ language: "pt" }), evening).decision?.customerMessage).toBe("We're closed.");
  });

  it("hands over after hours all the same when another rule says so, and still tells the customer when", () => {
    const rules = [
      rule({ kind: "explicit_human_request" }, { handToTeam: "support", addLabels: ["human-requested"] }),
      rule({ kind: "outside_business_hours" }, { handover: false, addLabels: ["after-hours"], messageToCustomer: { en: "We're closed; a colleague replies when we open." } }),
    ];
    const result = evaluateEscalationRules(rules, signals({ explicitHumanRequest: true }), context({ businessHours: WEEKDAYS_9_TO_5, now: new Date("2026-03-07T12:00:00Z") }));
    expect(result.decision).toMatchObject({
      reason: "customer_requested_human",
      handover: true,
      teamSlug: "support",
      labels: ["human-requested", "after-hours"],
      customerMessage: "We're closed; a colleague replies when we open.",
      followUpAt: new Date("2026-03-09T08:00:00Z"),
    });
  });

  it("gives no decision when nothing matches", () => {
    expect(evaluateEscalationRules([rule({ kind: "tier_in", tiers: ["vip"] })], signals(), context())).toEqual({ matches: [], decision: null, clarificationNeeded: false });
  });
});

describe("evaluateEscalationRules: low confidence", () => {
  const rules = [rule({ kind: "confidence_below", threshold: 0.45 }, { handToTeam: "support", addLabels: ["low-confidence"] })];
  const unsure = signals({ intent: "out_of_scope", confidence: 0.2, text: "the thing with the stuff" });

  it("asks one clarifying question before handing over", () => {
    const first = evaluateEscalationRules(rules, unsure, context({ clarificationsAsked: 0 }));
    expect(first).toEqual({ matches: [], decision: null, clarificationNeeded: true });

    const second = evaluateEscalationRules(rules, unsure, context({ clarificationsAsked: 1 }));
    expect(second.clarificationNeeded).toBe(false);
    expect(second.decision).toMatchObject({ reason: "low_confidence", handover: true, teamSlug: "support", labels: ["low-confidence"] });
  });

  it("asks for clarification below the AI setting's threshold even without a rule", () => {
    expect(evaluateEscalationRules([], signals({ confidence: 0.5 }), context({ confidenceThreshold: 0.6 })).clarificationNeeded).toBe(true);
    expect(evaluateEscalationRules([], signals({ confidence: 0.5 }), context({ confidenceThreshold: 0.6, clarificationsAsked: 1 })).clarificationNeeded).toBe(false);
  });

  it("does not ask for clarification when another rule already hands over", () => {
    const withHuman = [rule({ kind: "explicit_human_request" }, { handToTeam: "support" }), ...rules];
    const result = evaluateEscalationRules(withHuman, { ...unsure, explicitHumanRequest: true }, context());
    expect(result.clarificationNeeded).toBe(false);
    expect(result.decision?.reason).toBe("customer_requested_human");
  });
});
