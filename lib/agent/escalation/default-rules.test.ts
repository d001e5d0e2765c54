import { beforeAll, describe, expect, it } from "vitest";
import { createIntentClassifier, type IntentClassifier } from "@/lib/ai/offline/nlu/classifier";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import type { BusinessHours } from "@/lib/db/schema";
import { createClock } from "@/lib/db/seed/clock";
import { createRng } from "@/lib/db/seed/random";
import { AFTER_HOURS_MESSAGES, buildEvaluableRules } from "@/lib/db/seed/rules";
import { computeTurnSignals } from "./compute-turn-signals";
import { evaluateEscalationRules, type EvaluableRule } from "./evaluate-rules";
import type { EscalationContext } from "./turn-signals";
import { validateRule } from "./validate-rule";

// The rules a new install starts with, against what customers actually write.

const NOW = new Date("2026-03-03T10:00:00Z"); // Tuesday 11:00 in Amsterdam: open
const EVENING = new Date("2026-03-03T20:00:00Z"); // Tuesday 21:00: closed
const HOURS: BusinessHours = {
  timezone: "Europe/Amsterdam",
  weekly: { "0": [], "1": ["08:00-18:00"], "2": ["08:00-18:00"], "3": ["08:00-18:00"], "4": ["08:00-18:00"], "5": ["08:00-18:00"], "6": ["10:00-14:00"] },
  holidays: [],
};

let classifier: IntentClassifier;
let rules: EvaluableRule[];

beforeAll(() => {
  classifier = createIntentClassifier(DEFAULT_INTENT_EXAMPLES);
  rules = buildEvaluableRules(createRng(42, "rules"), createClock(NOW));
});

const context = (overrides: Partial<EscalationContext> = {}): EscalationContext => ({
  tier: "standard",
  now: NOW,
  businessHours: HOURS,
  clarificationsAsked: 0,
  failedLookups: 0,
  negativeStreak: 0,
  integrationError: false,
  confidenceThreshold: 0.45,
  ...overrides,
});

const evaluate = (text: string, overrides: Partial<EscalationContext> = {}) => {
  const signals = computeTurnSignals([text], { classifier, now: NOW });
  return { signals, ...evaluateEscalationRules(rules, signals, context(overrides)) };
};

describe("the default escalation rules", () => {
  it("are valid by the admin schema", () => {
    for (const seeded of rules) expect(validateRule({ name: seeded.name, condition: seeded.condition, action: seeded.action })).toMatchObject({ ok: true });
  });

  it.each<[Lang, string]>([
    ["en", "I want to talk to a human"],
    ["nl", "Ik wil een medewerker spreken"],
    ["fr", "Je veux parler à un conseiller"],
    ["de", "Ich möchte mit einem Menschen sprechen"],
    ["es", "Quiero hablar con una persona"],
    ["pt", "Quero falar com um atendente"],
  ])("hand a request for a person (%s: %s) to Support at once", (language, text) => {
    const { signals, decision } = evaluate(text);
    expect(signals.language).toBe(language);
    expect(decision).toMatchObject({ reason: "customer_requested_human", handover: true, teamSlug: "support", labels: ["human-requested"] });
  });

  it("hand a VIP customer to VIP Care at high priority", () => {
    const { decision } = evaluate("Where is my order SO-104233?", { tier: "vip" });
    expect(decision).toMatchObject({ reason: "vip_customer", handover: true, teamSlug: "vip", priority: "high", labels: ["vip"] });
  });

  it.each<[Lang, string]>([
    ["en", "my lawyer will contact you"],
    ["fr", "Mon avocat va vous contacter"],
    ["de", "Mein Anwalt wird sich bei Ihnen melden"],
    ["nl", "Mijn advocaat neemt contact met jullie op"],
    ["es", "Mi abogado se pondrá en contacto con ustedes"],
    ["pt", "O meu advogado vai entrar em contacto"],
  ])("hand a legal threat (%s: %s) to Legal, urgent", (_language, text) => {
    const { decision } = evaluate(text);
    expect(decision).toMatchObject({ reason: "high_risk_topic", handover: true, teamSlug: "legal", priority: "urgent" });
    expect(decision?.labels).toEqual(["high-risk", "legal"]);
  });

  it("send a VIP's legal threat to Legal, not VIP Care, with both labels", () => {
    const { decision } = evaluate("My lawyer will be in touch about SO-104233", { tier: "vip" });
    expect(decision).toMatchObject({ teamSlug: "legal", priority: "urgent" });
    expect(decision?.labels).toEqual(["high-risk", "legal", "vip"]);
  });

  it.each<[Lang, string]>([
    ["en", "I filed a chargeback, this was an unauthorised charge"],
    ["nl", "Mijn account is gehackt en er is besteld"],
    ["es", "Hay un cargo no autorizado en mi tarjeta"],
  ])("hand payment disputes and account takeovers (%s: %s) to Billing, urgent", (_language, text) => {
    expect(evaluate(text).decision).toMatchObject({ reason: "high_risk_topic", teamSlug: "billing", priority: "urgent", labels: ["high-risk"] });
  });

  it("hand a burn injury to Legal", () => {
    expect(evaluate("Ik heb een brandwond opgelopen door de waterkoker").decision).toMatchObject({ teamSlug: "legal", priority: "urgent" });
  });

  it("hand over on the second negative message in a row, not the first", () => {
    const first = evaluate("This is ridiculous, still no parcel. Worst service ever!", { negativeStreak: 1 });
    expect(first.signals.sentiment.label).toBe("negative");
    expect(first.decision).toBeNull();

    const second = evaluate("Again nothing?! I'm so angry, this is unacceptable", { negativeStreak: 2 });
    expect(second.signals.sentiment.label).toBe("negative");
    expect(second.decision).toMatchObject({ reason: "negative_sentiment", handover: true, teamSlug: "support", priority: "high", labels: ["unhappy-customer"] });
  });

  it("ask once, then hand over, when the bot cannot tell what the customer wants", () => {
    const first = evaluate("hmm the thing with the stuff");
    expect(first.decision).toBeNull();
    expect(first.clarificationNeeded).toBe(true);

    const second = evaluate("hmm the thing with the stuff", { clarificationsAsked: 1 });
    expect(second.decision).toMatchObject({ reason: "low_confidence", teamSlug: "support", labels: ["low-confidence"] });
  });

  it("hand over after three failed lookups and on an integration error", () => {
    expect(evaluate("It's SO-999999", { failedLookups: 3 }).decision).toMatchObject({ reason: "failed_lookups", teamSlug: "support" });
    expect(evaluate("Where is my order SO-104233?", { integrationError: true }).decision).toMatchObject({ reason: "integration_error", teamSlug: "support" });
  });

  it("let the bot keep helping after hours, telling the customer in their language", () => {
    const { decision } = evaluate("Waar blijft mijn bestelling SO-104233?", { now: EVENING });
    expect(decision).toMatchObject({ reason: "outside_business_hours", handover: false, labels: ["after-hours"], customerMessage: AFTER_HOURS_MESSAGES.nl });
    expect(decision?.teamSlug).toBeUndefined();
    expect(decision?.followUpAt).toEqual(new Date("2026-03-04T07:00:00Z")); // Wednesday 08:00 in Amsterdam
  });

  it("leave an ordinary question in business hours to the bot", () => {
    const result = evaluate("Where is my order SO-104233?");
    expect(result.matches).toEqual([]);
    expect(result.decision).toBeNull();
    expect(result.clarificationNeeded).toBe(false);
  });
});
