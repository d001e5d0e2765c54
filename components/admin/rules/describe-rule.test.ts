import { describe, expect, it } from "vitest";
import { describeAction, describeCondition } from "./describe-rule";

describe("rule summaries", () => {
  it("reads conditions in plain language", () => {
    expect(describeCondition({ kind: "keyword", keywords: ["lawyer", "solicitor"] })).toBe("the message contains “lawyer” or “solicitor”");
    expect(describeCondition({ kind: "confidence_below", threshold: 0.45 })).toBe("confidence is below 45% after one clarifying question");
    expect(describeCondition({ kind: "topic_in", topics: ["legal_threat", "medical", "fraud"] })).toBe("the message touches legal threat, medical or fraud");
    expect(describeCondition({ kind: "negative_sentiment", consecutive: 1 })).toBe("1 negative message in a row");
  });

  it("reads actions with team names", () => {
    expect(describeAction({ handover: true, handToTeam: "legal", setPriority: "urgent", addLabels: ["legal"], messageToCustomer: { en: "x", fr: "y" } }, () => "Legal & Compliance")).toBe(
      "hand over to Legal & Compliance · priority urgent · label legal · message to the customer (en, fr)",
    );
    expect(describeAction({ handover: false, addLabels: ["after-hours"] })).toBe("the bot keeps answering · label after-hours");
  });
});
