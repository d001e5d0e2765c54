import { describe, expect, it } from "vitest";
import { maskSensitive } from "./masking";

describe("maskSensitive", () => {
  it("keeps the last four digits of a card number and its separators", () => {
    const result = maskSensitive("my card is 4111 1111 1111 1111, exp 12/27");
    expect(result.text).toBe("my card is **** **** **** 1111, exp 12/27");
    expect(result.spans).toEqual([{ kind: "card_number", start: 11, end: 30, replacement: "**** **** **** 1111" }]);
  });

  it("keeps the first letter and the domain of an e-mail address", () => {
    expect(maskSensitive("mail john.doe@example.com pls").text).toBe("mail j***@example.com pls");
  });

  it("keeps the last three digits of phone numbers", () => {
    expect(maskSensitive("call +31 6 12345678 or 06-12345678").text).toBe("call +** * *****678 or **-*****678");
    expect(maskSensitive("ruf mich an: 0151 23456789").text).toBe("ruf mich an: **** *****789");
  });

  it("masks North American numbers written with or without +1", () => {
    expect(maskSensitive("call (555) 123-4567 pls").text).toBe("call (***) ***-*567 pls");
    expect(maskSensitive("(415)555-0132").text).toBe("(***)***-*132");
    expect(maskSensitive("my cell is 555-123-4567").text).toBe("my cell is ***-***-*567");
    expect(maskSensitive("+1 555 123 4567").text).toBe("+* *** *** *567");
    expect(maskSensitive("555.123.4567 or 415 555 0132").text).toBe("***.***.*567 or *** *** *132");
  });

  it("masks internationalised e-mail domains whole", () => {
    expect(maskSensitive("a@xn--d1acufc.xn--p1ai").spans).toEqual([{ kind: "email", start: 0, end: 22, replacement: "a***@xn--d1acufc.xn--p1ai" }]);
  });

  it("does not mask order numbers, dates, amounts or postcodes that look a little like phone numbers", () => {
    const untouched = [
      "order SO-104233 placed 2026-11-18 for $415.55",
      "ref 555-123 and 123-456-7890",
      "postcode 90210-1234, total $1,234.56",
      "between 10.11.2026 and 12.11.2026",
      "version 415.555.0132.7",
      "1234 AB Amsterdam, 12 items, 3 x €45",
    ];
    for (const text of untouched) expect(maskSensitive(text), text).toEqual({ text, spans: [] });
  });

  it("masks IBANs except the country code and the last four characters", () => {
    expect(maskSensitive("IBAN NL91 ABNA 0417 1643 00 thanks").text).toBe("IBAN NL** **** **** **43 00 thanks");
    expect(maskSensitive("DE89370400440532013000").text).toBe("DE****************3000");
  });

  it("masks known addresses and their numbered parts however they are written", () => {
    const addresses = ["Kerkstraat 12, 1234 AB Amsterdam"];
    expect(maskSensitive("send it to Kerkstraat 12, 1234 AB Amsterdam", { addresses }).text).toBe("send it to [address]");
    expect(maskSensitive("i live at KERKSTRAAT  12 now", { addresses }).text).toBe("i live at [address] now");
    expect(maskSensitive("postcode 1234ab", { addresses }).text).toBe("postcode [address]");
    expect(maskSensitive("Amsterdam is nice", { addresses }).text).toBe("Amsterdam is nice");
  });

  it("masks other known values, accent- and case-insensitively, on word boundaries", () => {
    const result = maskSensitive("Müller here, my name is JURGEN MULLER", { values: ["Jürgen Müller"] });
    expect(result.text).toBe("Müller here, my name is [redacted]");
    expect(maskSensitive("Jürgen Müllerstraße", { values: ["Jürgen Müller"] }).text).toBe("Jürgen Müllerstraße");
  });

  it("leaves everything else untouched, character for character", () => {
    const untouched = [
      "order SO-104233 on 12/11 for €50 at 1234 AB 🙂",
      "wo ist meine Bestellung?!  Danke 😡😡",
      "",
      "   spaces   and\nnew lines\t",
    ];
    for (const text of untouched) expect(maskSensitive(text)).toEqual({ text, spans: [] });

    const text = "Hi 👋 card 4242 4242 4242 4242, mail ana@mail.pt, tel +351 912 345 678 — obrigado!";
    const { text: masked, spans } = maskSensitive(text);
    expect(spans.map((span) => span.kind)).toEqual(["card_number", "email", "phone"]);
    let cursor = 0;
    let rebuilt = "";
    for (const span of spans) {
      rebuilt += text.slice(cursor, span.start) + span.replacement;
      cursor = span.end;
    }
    expect(rebuilt + text.slice(cursor)).toBe(masked);
    expect(masked).toBe("Hi 👋 card **** **** **** 4242, mail a***@mail.pt, tel +*** *** *** 678 — obrigado!");
  });
});
