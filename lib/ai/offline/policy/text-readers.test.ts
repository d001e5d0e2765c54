import { describe, expect, it } from "vitest";
import { extractEntities } from "../nlu/entities";
import { condenseSnippet } from "./condense-article";
import { readCountry } from "./cue-words";
import { readAddress } from "./read-address";
import { readPromoCode } from "./read-promo-code";
import { containsCardLikeNumber, displayTrackingNumber, withoutCardNumbers } from "./safe-text";

describe("condenseSnippet", () => {
  it("keeps the article's words, drops tables and headings, and stops at a whole line", () => {
    const snippet = "You can return items within **30 days**.\n\n## Costs\n| a | b |\n| --- | --- |\n- Free in NL\n- €5.95 in ES";
    expect(condenseSnippet(snippet)).toBe("You can return items within *30 days*.\n• Free in NL\n• €5.95 in ES");
    expect(condenseSnippet("One. Two is longer. Three is the longest sentence of all.", 25)).toBe("One. Two is longer.");
  });
});

describe("readCountry", () => {
  it("reads a country name as written or with one typo in a long name", () => {
    expect(readCountry("how much is shipping to the Netherlands")).toBe("NL");
    expect(readCountry("how much is shiping to the netherlnds")).toBe("NL");
    expect(readCountry("versand nach deutschlnd")).toBe("DE");
    expect(readCountry("delivery to germny?")).toBe("DE");
    expect(readCountry("envío a españa")).toBe("ES");
  });

  it("does not read a country into ordinary words", () => {
    expect(readCountry("do you ship to an island")).toBeNull();
    expect(readCountry("how much is shipping")).toBeNull();
    expect(readCountry("my order is late")).toBeNull();
  });
});

describe("readAddress", () => {
  const read = (text: string, lang: "en" | "nl" | "de" | "fr", country: string) => readAddress(text, extractEntities(text, lang), country);

  it("reads street, postcode and town in the usual orders", () => {
    expect(read("Kerkstraat 12, 1017 GB Amsterdam", "nl", "NL")).toEqual({ line: "Kerkstraat 12", city: "Amsterdam", postcode: "1017 GB", country: "NL" });
    expect(read("please send it to 12 rue de la Paix, 75002 Paris", "fr", "FR")).toEqual({ line: "12 rue de la Paix", city: "Paris", postcode: "75002", country: "FR" });
    expect(read("10 Downing Street, London SW1A 2AA", "en", "GB")).toMatchObject({ line: "10 Downing Street", city: "London", country: "GB" });
  });

  it("gives up rather than guess when a part is missing", () => {
    expect(read("Amsterdam please", "en", "NL")).toBeNull();
    expect(read("1017 GB", "nl", "NL")).toBeNull();
  });
});

describe("readPromoCode", () => {
  it("finds codes after a cue or in capitals with a digit, never our references", () => {
    expect(readPromoCode("My promo code WELCOME10 doesn't work")).toBe("WELCOME10");
    expect(readPromoCode("le code promo bienvenue10 ne marche pas")).toBe("BIENVENUE10");
    expect(readPromoCode("the code doesn't work")).toBeNull();
    expect(readPromoCode("order SO-104233")).toBeNull();
    expect(readPromoCode("summer", { wholeMessage: true })).toBe("SUMMER");
  });
});

describe("card guard", () => {
  it("masks card-length digit runs and shortens tracking numbers that contain one", () => {
    expect(withoutCardNumbers("card 4111111111111111 ok")).toBe("card •••• 1111 ok");
    expect(withoutCardNumbers("card 4111 1111 1111 1111, order SO-104233, call +31 6 1234 5678")).toBe("card •••• 1111, order SO-104233, call +31 6 1234 5678");
    expect(withoutCardNumbers("tracking 00340434123456789012")).toBe("tracking 00340434123456789012");
    expect(containsCardLikeNumber("PQAB1212345678901234X")).toBe(true);
    expect(displayTrackingNumber("PQAB1212345678901234X")).toBe("…01234X");
    expect(displayTrackingNumber("3SNWHD123456789")).toBe("3SNWHD123456789");
  });
});
