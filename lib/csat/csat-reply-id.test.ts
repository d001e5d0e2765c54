import { describe, expect, it } from "vitest";
import { scoreFromButtonTitle } from "./csat-phrases";
import { csatReplyId, parseCsatReplyId } from "./csat-reply-id";

describe("CSAT reply ids", () => {
  it("round-trips the score and the survey", () => {
    const id = csatReplyId("0b9a3a5e-1f2c-4d5e-8f90-123456789abc", 3);
    expect(id.length).toBeLessThanOrEqual(256);
    expect(parseCsatReplyId(id)).toEqual({ score: 3, surveyId: "0b9a3a5e-1f2c-4d5e-8f90-123456789abc" });
  });

  it("ignores other buttons", () => {
    expect(parseCsatReplyId("confirm:refund")).toBeNull();
    expect(parseCsatReplyId("csat:7:0b9a3a5e-1f2c-4d5e-8f90-123456789abc")).toBeNull();
  });

  it("reads a score from a button title in any language", () => {
    expect(scoreFromButtonTitle("Great")).toBe(5);
    expect(scoreFromButtonTitle("In Ordnung")).toBe(3);
    expect(scoreFromButtonTitle("🙁 Mau")).toBe(1);
    expect(scoreFromButtonTitle("hello")).toBeNull();
  });
});
