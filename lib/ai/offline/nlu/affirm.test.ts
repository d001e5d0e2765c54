import { describe, expect, it } from "vitest";
import { detectConfirmation } from "./affirm";
import type { Lang } from "./lang";

describe("detectConfirmation", () => {
  it.each([
    ["yes", "en"],
    ["yep", "en"],
    ["ok do it", "en"],
    ["Sure, go ahead 👍", "en"],
    ["oui", "fr"],
    ["d'accord, allez-y", "fr"],
    ["ja", "de"],
    ["ja bitte, mach das", "de"],
    ["ja graag", "nl"],
    ["doe maar", "nl"],
    ["sí", "es"],
    ["vale, adelante", "es"],
    ["sim", "pt"],
    ["pode fazer", "pt"],
    ["no problem, go ahead", "en"],
    ["👍", undefined],
  ] as const)("reads %j as yes", (text, lang?: Lang) => {
    const confirmation = detectConfirmation(text, lang);
    expect(confirmation.answer).toBe("yes");
    expect(confirmation.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ["no", "en"],
    ["nope", "en"],
    ["actually no wait", "en"],
    ["non", "fr"],
    ["non merci", "fr"],
    ["nein", "de"],
    ["nö", "de"],
    ["nee", "nl"],
    ["nee, niet doen", "nl"],
    ["no", "es"],
    ["mejor no", "es"],
    ["não", "pt"],
    ["nao, deixa pra la", "pt"],
    ["👎", undefined],
  ] as const)("reads %j as no", (text, lang?: Lang) => {
    expect(detectConfirmation(text, lang).answer).toBe("no");
  });

  it("lets a change of mind count only towards no", () => {
    expect(detectConfirmation("ok do it... actually no wait", "en").answer).toBe("no");
    expect(detectConfirmation("no, yes", "en").answer).toBe("unclear");
  });

  it.each([
    ["maybe", "en"],
    ["not sure", "en"],
    ["yes but change the address first", "en"],
    ["is that free?", "en"],
    ["ok?", "en"],
    ["peut-être", "fr"],
    ["vielleicht", "de"],
    ["where is my order", "en"],
    ["", undefined],
  ] as const)("reads %j as unclear", (text, lang?: Lang) => {
    expect(detectConfirmation(text, lang)).toEqual({ answer: "unclear", confidence: 0 });
  });

  it("does not take words that only look like answers", () => {
    expect(detectConfirmation("já fiz isso", "pt").answer).toBe("unclear");
    expect(detectConfirmation("para", "es").answer).toBe("no");
    expect(detectConfirmation("sí, para el lunes", "es").answer).toBe("yes");
  });

  it("is less confident when the answer comes with other words", () => {
    const bare = detectConfirmation("yes", "en").confidence;
    const withDetails = detectConfirmation("yes, my order number is 104233", "en");
    expect(withDetails.answer).toBe("yes");
    expect(withDetails.confidence).toBeLessThan(bare);
  });
});
