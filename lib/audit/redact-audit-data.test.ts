import { describe, expect, it } from "vitest";
import { redactAuditData } from "./redact-audit-data";

describe("redactAuditData", () => {
  it("replaces secrets by key at any depth and keeps everything else", () => {
    expect(redactAuditData({ orderNumber: "A-1042", auth: { apiKey: "sk-123", password: "hunter2" }, list: [{ access_token: "t" }], empty: null })).toEqual({
      orderNumber: "A-1042",
      auth: { apiKey: "[redacted]", password: "[redacted]" },
      list: [{ access_token: "[redacted]" }],
      empty: null,
    });
  });

  it("masks card numbers and IBANs inside strings", () => {
    const redacted = redactAuditData({ note: "card 4111 1111 1111 1111 and NL91ABNA0417164300, order A-1042" }) as { note: string };
    expect(redacted.note).not.toContain("4111 1111 1111 1111");
    expect(redacted.note).toContain("1111");
    expect(redacted.note).not.toContain("NL91ABNA0417164300");
    expect(redacted.note).toContain("order A-1042");
  });
});
