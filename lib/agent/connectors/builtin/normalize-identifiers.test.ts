import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizeOrderNumber, normalizePhone, normalizePrefixedReference, postcodeKey } from "./normalize-identifiers";

describe("reading identifiers the way customers type them", () => {
  it("reads order numbers with or without prefix, dash, space or case", () => {
    for (const typed of ["SO-100123", "so100123", "SO 100123", " 100123 ", "so - 100123"]) expect(normalizeOrderNumber(typed), typed).toBe("SO-100123");
    expect(normalizeOrderNumber("order 12")).toBe("ORDER 12");
  });

  it("reads booking and subscription references the same way", () => {
    expect(normalizePrefixedReference("bk 10001", "BK")).toBe("BK-10001");
    expect(normalizePrefixedReference("10001", "SUB")).toBe("SUB-10001");
    expect(normalizePrefixedReference("sub-10001", "SUB")).toBe("SUB-10001");
  });

  it("compares postcodes without spaces, hyphens or case", () => {
    expect(postcodeKey("1054 hg")).toBe(postcodeKey("1054HG"));
    expect(postcodeKey("1000-001")).toBe("1000001");
    expect(postcodeKey("SW1A 1AA")).toBe("SW1A1AA");
  });

  it("turns phone numbers into WhatsApp ids and emails into their stored form", () => {
    expect(normalizePhone("+31 6-1234 5678")).toBe("31612345678");
    expect(normalizePhone("0031612345678")).toBe("31612345678");
    expect(normalizeEmail("  Sanne.de.Vries@Example.NL ")).toBe("sanne.de.vries@example.nl");
  });
});
