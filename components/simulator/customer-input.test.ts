import { describe, expect, it } from "vitest";
import { parseCustomerForm } from "./customer-input";

const BUSINESS = "15551230000";

describe("parseCustomerForm", () => {
  it("accepts a number typed the way people write it", () => {
    expect(parseCustomerForm({ number: "+31 6-1234 5678", profileName: "  Eva  " }, BUSINESS)).toEqual({
      ok: true,
      value: { waId: "31612345678", profileName: "Eva" },
    });
    expect(parseCustomerForm({ number: "447700900123", profileName: "" }, BUSINESS)).toEqual({
      ok: true,
      value: { waId: "447700900123", profileName: null },
    });
  });

  it.each([
    ["", /enter the customer's whatsapp number/i],
    ["06 1234 5678", /country code instead of a leading 0/i],
    ["31abc", /digits only/i],
    ["3161", /6 to 15 digits.*has 4/i],
    ["1234567890123456", /6 to 15 digits.*has 16/i],
    ["+1 555 123 0000", /business's own number/i],
  ])("explains what is wrong with %j", (number, message) => {
    const result = parseCustomerForm({ number, profileName: "" }, BUSINESS);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.errors.number).toMatch(message);
  });

  it("limits the profile name", () => {
    const result = parseCustomerForm({ number: "31612345678", profileName: "x".repeat(201) }, BUSINESS);
    expect(result.ok ? null : result.errors.profileName).toMatch(/200 characters/);
  });
});
