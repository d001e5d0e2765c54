import { describe, expect, test } from "vitest";
import { SIGNATURE_VECTOR } from "./fixtures/signature-vector";
import { serializeLikeMeta } from "./serialize-like-meta";

describe("serializeLikeMeta", () => {
  test("reproduces the reference body byte for byte", () => {
    expect(serializeLikeMeta(JSON.parse(SIGNATURE_VECTOR.body))).toBe(SIGNATURE_VECTOR.body);
  });

  test("escapes non-ASCII as lower-case \\uXXXX and emoji as surrogate pairs", () => {
    expect(serializeLikeMeta({ name: "äöå", emoji: "\u{1F600}", sep: "\u2028" })).toBe(
      String.raw`{"name":"\u00e4\u00f6\u00e5","emoji":"\ud83d\ude00","sep":"\u2028"}`,
    );
  });

  test('escapes "/" as "\\/", including after a literal backslash', () => {
    expect(serializeLikeMeta({ url: "https://x.io/a", path: "a\\/b" })).toBe(
      String.raw`{"url":"https:\/\/x.io\/a","path":"a\\\/b"}`,
    );
  });

  test("produces compact, pure-ASCII JSON that parses back to the same value", () => {
    const value = { caption: "Hola quiero un café", mime_type: "image/jpeg", n: [1, 2.5, null, true], nested: { ü: "ß" } };
    const text = serializeLikeMeta(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).not.toContain("\n");
    expect(JSON.parse(text)).toStrictEqual(value);
  });

  test("refuses values JSON cannot represent", () => {
    expect(() => serializeLikeMeta(undefined)).toThrow(TypeError);
  });
});
