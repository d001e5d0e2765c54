import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT, formValuesOf, validateDraft } from "./article-form-values";

describe("article editor values", () => {
  it("turns comma-separated lists into clean arrays", () => {
    expect(formValuesOf({ ...EMPTY_DRAFT, title: "T", body: "B", regions: "nl, BE,", tags: "returns,  policy" })).toMatchObject({ regions: ["nl", "BE"], tags: ["returns", "policy"], intents: [] });
  });
  it("explains each problem on its own field", () => {
    const errors = validateDraft({ ...EMPTY_DRAFT, regions: "Netherlands", tags: "two words", effectiveFrom: "2026-05-01", effectiveUntil: "2026-04-01" });
    expect(errors).toEqual({
      title: "Give the article a title.",
      body: "Write the article's text; the assistant answers only from it.",
      regions: "Regions are two-letter country codes such as NL or GB.",
      tags: "Tags use letters, digits, - and _ (no spaces).",
      effectiveUntil: "The end date is before the start date.",
    });
  });
});
