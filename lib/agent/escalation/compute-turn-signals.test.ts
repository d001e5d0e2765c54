import { beforeAll, describe, expect, it } from "vitest";
import { createIntentClassifier, type IntentClassifier } from "@/lib/ai/offline/nlu/classifier";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { computeTurnSignals } from "./compute-turn-signals";

let classifier: IntentClassifier;
beforeAll(() => {
  classifier = createIntentClassifier(DEFAULT_INTENT_EXAMPLES);
});

describe("computeTurnSignals", () => {
  it("reads a burst as one turn", () => {
    const signals = computeTurnSignals(["hi", " my order SO-104233 ", "", "still not here 😡"], { classifier, now: new Date("2026-03-03T10:00:00Z") });
    expect(signals.text).toBe("hi\nmy order SO-104233\nstill not here 😡");
    expect(signals.language).toBe("en");
    expect(signals.intent).toBe("order_status");
    expect(signals.entities.map((entity) => entity.value)).toEqual(["SO-104233"]);
    expect(signals.sentiment.label).toBe("negative");
    expect(signals.explicitHumanRequest).toBe(false);
    expect(signals.highRiskTopics).toEqual([]);
  });

  it("keeps the conversation's language for a short reply", () => {
    expect(computeTurnSignals(["ok"], { classifier, languageHints: { previous: "nl" } }).language).toBe("nl");
  });

  it("reports low confidence, not high, for a message the classifier calls out of scope", () => {
    const signals = computeTurnSignals(["what's the weather like tomorrow"], { classifier });
    expect(signals.intent).toBe("out_of_scope");
    expect(signals.confidence).toBeLessThan(0.2);
  });

  it("flags topics and requests for a person", () => {
    const signals = computeTurnSignals(["Mijn account is gehackt", "ik wil een medewerker spreken"], { classifier });
    expect(signals.language).toBe("nl");
    expect(signals.highRiskTopics).toEqual(["account_takeover"]);
    expect(signals.explicitHumanRequest).toBe(true);
  });
});
