import { describe, expect, it } from "vitest";
import { draftFromRule, emptyDraft, ruleBodyFromDraft } from "./rule-draft";

describe("rule drafts", () => {
  it("turns the form into the API's rule, leaving out empty parts", () => {
    const body = ruleBodyFromDraft({ ...emptyDraft(), name: "Lawyers", keywords: "lawyer,\n solicitor ,", handToTeam: "legal", labels: "legal, high-risk", messages: { en: " A colleague will reply. ", fr: "  " } });
    expect(body).toEqual({
      name: "Lawyers",
      enabled: true,
      condition: { kind: "keyword", keywords: ["lawyer", "solicitor"] },
      action: { handover: true, handToTeam: "legal", addLabels: ["legal", "high-risk"], messageToCustomer: { en: " A colleague will reply. " } },
    });
  });

  it("drops the team when the rule does not hand over, and keeps a non-number as text for the server to explain", () => {
    const body = ruleBodyFromDraft({ ...emptyDraft(), name: "x", kind: "confidence_below", threshold: "high", handover: false, handToTeam: "legal" });
    expect(body.condition).toEqual({ kind: "confidence_below", threshold: "high" });
    expect(body.action).toEqual({ handover: false });
  });

  it("round-trips a stored rule", () => {
    const rule = {
      id: "8d4c1d43-1111-4111-8111-111111111111",
      name: "Unhappy",
      position: 3,
      enabled: false,
      condition: { kind: "negative_sentiment" as const, consecutive: 2 },
      action: { handover: true, handToTeam: "support", setPriority: "high" as const, addLabels: ["unhappy"] },
    };
    expect(ruleBodyFromDraft(draftFromRule(rule))).toEqual({ name: rule.name, enabled: false, condition: rule.condition, action: rule.action });
  });
});
