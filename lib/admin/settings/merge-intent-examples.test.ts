import { describe, expect, it } from "vitest";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { mergeIntentExamples } from "./merge-intent-examples";

describe("mergeIntentExamples", () => {
  it("returns the shipped set unchanged when nothing was added", () => {
    expect(mergeIntentExamples(DEFAULT_INTENT_EXAMPLES, {})).toEqual(DEFAULT_INTENT_EXAMPLES);
  });

  it("appends new examples for one intent and language only, skipping duplicates", () => {
    const existing = DEFAULT_INTENT_EXAMPLES.order_status.en[0]!;
    const merged = mergeIntentExamples(DEFAULT_INTENT_EXAMPLES, { order_status: { en: ["where did my parcel go", `  ${existing.toUpperCase()} `, "where did my  parcel go"] } });
    expect(merged.order_status.en).toEqual([...DEFAULT_INTENT_EXAMPLES.order_status.en, "where did my parcel go"]);
    expect(merged.order_status.fr).toBe(DEFAULT_INTENT_EXAMPLES.order_status.fr);
    expect(merged.cancel_order).toBe(DEFAULT_INTENT_EXAMPLES.cancel_order);
    // The shipped set itself is never modified.
    expect(DEFAULT_INTENT_EXAMPLES.order_status.en).not.toContain("where did my parcel go");
  });
});
