import { describe, expect, test } from "vitest";
import { countryCallingCodeOf } from "./country-calling-code";
import { resolveRecipient } from "./recipient";

const nobodyKnown = () => false;

describe("resolveRecipient", () => {
  test("reproduces Meta's documented examples for a +91 business", () => {
    expect(resolveRecipient("(631) 555-1234", "919876543210", nobodyKnown)).toStrictEqual({ ok: true, waId: "916315551234" });
    expect(resolveRecipient("1 (631) 555-1234", "919876543210", nobodyKnown)).toStrictEqual({ ok: true, waId: "9116315551234" });
    expect(resolveRecipient("+1 (631) 555-1234", "919876543210", nobodyKnown)).toStrictEqual({ ok: true, waId: "16315551234" });
  });

  test("the exact wa_id of a known customer is used as is", () => {
    expect(resolveRecipient("447700900123", "15551230000", (waId) => waId === "447700900123")).toStrictEqual({ ok: true, waId: "447700900123" });
    expect(resolveRecipient("447700900123", "15551230000", nobodyKnown)).toStrictEqual({ ok: true, waId: "1447700900123" });
  });

  test("letters or a misplaced + are invalid (131009)", () => {
    expect(resolveRecipient("call me", "15551230000", nobodyKnown)).toMatchObject({ ok: false, error: { code: 131009 } });
    expect(resolveRecipient("44+7700900123", "15551230000", nobodyKnown)).toMatchObject({ ok: false, error: { code: 131009 } });
  });
});

describe("countryCallingCodeOf", () => {
  test.each([
    ["15551230000", "1"],
    ["79161234567", "7"],
    ["447700900123", "44"],
    ["919876543210", "91"],
    ["353851234567", "353"],
    ["2348012345678", "234"],
  ])("%s → %s", (digits, code) => {
    expect(countryCallingCodeOf(digits)).toBe(code);
  });
});
