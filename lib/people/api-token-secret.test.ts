import { describe, expect, it } from "vitest";
import { generateApiTokenSecret, hashApiToken, looksLikeApiToken } from "./api-token-secret";
import { generateTemporaryPassword } from "./temporary-password";

describe("API token secrets", () => {
  it("generates distinct tokens with a visible prefix and a SHA-256 hash", () => {
    const a = generateApiTokenSecret();
    const b = generateApiTokenSecret();
    expect(a.secret).not.toBe(b.secret);
    expect(looksLikeApiToken(a.secret)).toBe(true);
    expect(a.secret.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toMatch(/^wsc_.{8}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(a.secret)).toBe(a.hash);
  });

  it("refuses values that are not tokens", () => {
    expect(looksLikeApiToken("wsc_short")).toBe(false);
    expect(looksLikeApiToken(`xyz_${"a".repeat(43)}`)).toBe(false);
  });
});

describe("temporary passwords", () => {
  it("are four groups of unambiguous characters and differ each time", () => {
    const password = generateTemporaryPassword();
    expect(password).toMatch(/^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    expect(generateTemporaryPassword()).not.toBe(password);
  });
});
