import { describe, expect, test } from "vitest";
import { makeWamid, newWamid } from "./wamid";

describe("makeWamid", () => {
  test("matches the reference example byte for byte (§9.4)", () => {
    expect(makeWamid("447700900123", "out", "C967A64CB14028D512")).toBe(
      "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSQzk2N0E2NENCMTQwMjhENTEyAA==",
    );
  });

  test("decodes like the observed incoming id of §6.4", () => {
    expect(makeWamid("16503879439", "in", "3A4A6599AEE03810144F")).toBe(
      "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
    );
  });

  test("random ids keep the layout and differ every time", () => {
    const first = newWamid("447700900123", "out");
    const second = newWamid("447700900123", "out");
    expect(first).not.toBe(second);
    const decoded = Buffer.from(first.slice("wamid.".length), "base64");
    expect(decoded.subarray(3, 15).toString("ascii")).toBe("447700900123");
    expect(decoded[18]).toBe(0x11);
    expect(decoded.subarray(21, 39).toString("ascii")).toMatch(/^[0-9A-F]{18}$/);
    expect(Buffer.from(newWamid("447700900123", "in").slice(6), "base64")[18]).toBe(0x12);
  });
});
