import { describe, expect, it } from "vitest";
import { isWithinOneEdit } from "./edit-distance";
import { createTypoCorrector, foldAccents, normalizeText, tokenize } from "./normalize";

describe("normalizeText", () => {
  it("lowercases, folds accents and ligatures, and drops punctuation and emojis", () => {
    expect(normalizeText("Où est MA Commande ?? 😡😡")).toBe("ou est ma commande");
    expect(normalizeText("Straße, Ärger, œuvre, São, mañana")).toBe("strasse arger oeuvre sao manana");
    expect(normalizeText("👍🏽 ok!!! 👨‍👩‍👧")).toBe("ok");
  });

  it("joins short contractions and splits French elision", () => {
    expect(tokenize("I don't know what's up")).toEqual(["i", "dont", "know", "whats", "up"]);
    expect(tokenize("j’ai changé l'adresse")).toEqual(["jai", "change", "l", "adresse"]);
  });

  it("shrinks letters repeated three or more times to two", () => {
    expect(normalizeText("pleeeease heyyyy")).toBe("pleease heyy");
    expect(normalizeText("need it soon")).toBe("need it soon");
  });

  it("keeps digits and splits reference codes from their separators", () => {
    expect(tokenize("SO-104233 #12")).toEqual(["so", "104233", "12"]);
    expect(tokenize("   ")).toEqual([]);
  });

  it("folds accents without changing anything else", () => {
    expect(foldAccents("Crème Brûlée")).toBe("Creme Brulee");
  });
});

describe("isWithinOneEdit", () => {
  it.each([
    ["order", "order", true],
    ["ordre", "order", true],
    ["oder", "order", true],
    ["orderr", "order", true],
    ["ordar", "order", true],
    ["odrer", "order", true],
    ["rodre", "order", false],
    ["ord", "order", false],
    ["refnd", "refund", true],
    ["refudn", "refund", true],
    ["rfnd", "refund", false],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
  });
});

describe("createTypoCorrector", () => {
  const corrector = createTypoCorrector(["order", "order", "refund", "bestelling", "bestellung", "annuler", "no", "yes"]);

  it("corrects one edit on words of five letters or more", () => {
    expect(corrector.correct("ordre")).toBe("order");
    expect(corrector.correct("refnud")).toBe("refund");
    expect(corrector.correct("bestlling")).toBe("bestelling");
    expect(corrector.correct("anuler")).toBe("annuler");
  });

  it("leaves short, known, distant and numeric tokens alone", () => {
    expect(corrector.correct("ordr")).toBe("ordr");
    expect(corrector.correct("order")).toBe("order");
    expect(corrector.correct("weather")).toBe("weather");
    expect(corrector.correct("104233")).toBe("104233");
  });

  it("undoes stretched letters when the vocabulary knows the word", () => {
    expect(corrector.correct("noo")).toBe("no");
    expect(corrector.correct("yess")).toBe("yes");
  });

  it("breaks ties by frequency, then alphabetically", () => {
    // "bestellang" is one edit from both "bestelling" and "bestellung", each seen once.
    expect(corrector.correct("bestellang")).toBe("bestelling");
    const weighted = createTypoCorrector(["bestellung", "bestellung", "bestelling"]);
    expect(weighted.correct("bestellang")).toBe("bestellung");
  });
});
