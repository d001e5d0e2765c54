import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";
import type { Entity, EntityKind } from "./entities/types";
import type { Lang } from "./lang";

// Thursday 20 November 2025, 10:00 UTC.
const now = new Date("2025-11-20T10:00:00Z");

function found(text: string, lang?: Lang): Entity[] {
  return extractEntities(text, lang, { now });
}

function values(text: string, kind: EntityKind, lang?: Lang): string[] {
  return found(text, lang)
    .filter((entity) => entity.kind === kind)
    .map((entity) => entity.value);
}

describe("extractEntities: references", () => {
  it.each([
    ["where is SO-104233", "en"],
    ["so104233 still not here", "en"],
    ["SO 104233", "en"],
    ["my order 104233 hasn't arrived", "en"],
    ["order no. 104233", "en"],
    ["#104233", "en"],
    ["commande numéro 104233 svp", "fr"],
    ["Bestellnummer: 104233", "de"],
    ["bestelling 104233 is kapot", "nl"],
    ["pedido n° 104233", "es"],
    ["a minha encomenda 104233", "pt"],
  ] as const)("finds the order number in %j", (text, lang) => {
    expect(values(text, "order_number", lang)).toEqual(["SO-104233"]);
  });

  it("needs an order word or our prefix before a bare six-digit number", () => {
    expect(values("I paid 104233 times", "order_number")).toEqual([]);
    expect(values("order 1042339", "order_number")).toEqual([]);
  });

  it("finds booking, subscription and invoice references", () => {
    expect(values("move BK-12345 or bk 54321, reserva 11223", "booking_ref", "es")).toEqual(["BK-12345", "BK-54321", "BK-11223"]);
    expect(values("Termin 12345 verschieben", "booking_ref", "de")).toEqual(["BK-12345"]);
    expect(values("SUB-12345 and abonnement 54321", "subscription_ref", "nl")).toEqual(["SUB-12345", "SUB-54321"]);
    expect(values("pausar assinatura 20199", "subscription_ref", "pt")).toEqual(["SUB-20199"]);
    expect(values("INV-123456, factuur 654321, facture 111222", "invoice_number")).toEqual(["INV-123456", "INV-654321", "INV-111222"]);
  });

  it("takes the kind from the nearest cue word", () => {
    expect(found("order, invoice 123456").map((entity) => `${entity.kind}=${entity.value}`)).toEqual(["invoice_number=INV-123456"]);
    expect(found("bestelling 104233 en factuur 654321", "nl").map((entity) => entity.value)).toEqual(["SO-104233", "INV-654321"]);
  });

  it("reports where the reference is and what was written", () => {
    expect(found("hi, so104233 pls", "en")).toEqual([{ kind: "order_number", value: "SO-104233", raw: "so104233", start: 4, end: 12 }]);
  });
});

describe("extractEntities: contact details", () => {
  it("finds e-mail addresses, lowercased", () => {
    expect(values("mail me at John.Doe@Example.com please", "email")).toEqual(["john.doe@example.com"]);
    expect(values("écrivez à marie-claire@orange.fr", "email", "fr")).toEqual(["marie-claire@orange.fr"]);
  });

  it.each([
    ["call me on +31 6 12345678", "nl", "+31612345678"],
    ["mijn nummer is 06-12345678", "nl", "0612345678"],
    ["+44 7700 900123", "en", "+447700900123"],
    ["07700 900123", "en", "07700900123"],
    ["ruf an: +49 151 23456789", "de", "+4915123456789"],
    ["0151 23456789", "de", "015123456789"],
    ["+33 6 12 34 56 78", "fr", "+33612345678"],
    ["0044 20 7946 0958", "en", "+442079460958"],
    ["mi móvil es 612 34 56 78", "es", "612345678"],
    ["liga pro 912 345 678", "pt", "912345678"],
    ["call me at (555) 123-4567", "en", "5551234567"],
    ["555-123-4567", "en", "5551234567"],
    ["my number: 555.123.4567", "en", "5551234567"],
    ["+1 555 123 4567", "en", "+15551234567"],
  ] as const)("finds the phone number in %j", (text, lang, value) => {
    expect(values(text, "phone", lang)).toEqual([value]);
  });

  it("does not read order numbers, dates or amounts as phone numbers", () => {
    expect(values("order 104233 on 12/11/2025 for €1250", "phone")).toEqual([]);
    expect(found("01/12/2025 10:00").map((entity) => `${entity.kind}=${entity.value}`)).toEqual(["date=2025-12-01", "time=10:00"]);
    expect(values("612345678", "phone", "en")).toEqual([]);
  });
});

describe("extractEntities: postcodes", () => {
  it.each([
    ["postcode 1234 AB", "nl", "1234 AB", ["NL"]],
    ["1234ab", "nl", "1234 AB", ["NL"]],
    ["SW1A 1AA London", "en", "SW1A 1AA", ["GB"]],
    ["m1 1ae", "en", "M1 1AE", ["GB"]],
    ["D02 X285 Dublin", "en", "D02 X285", ["IE"]],
    ["1000-001 Lisboa", "pt", "1000-001", ["PT"]],
    ["75001 Paris", "fr", "75001", ["FR", "DE"]],
    ["10115 Berlin", "de", "10115", ["DE", "FR", "ES"]],
    ["28013 Madrid", "es", "28013", ["ES", "DE", "FR"]],
    ["1000 Brussel", "nl", "1000", ["BE"]],
    ["code postal 4000", "fr", "4000", ["BE"]],
  ] as const)("finds %j", (text, lang, value, countries) => {
    const postcodes = found(text, lang).filter((entity) => entity.kind === "postcode");
    expect(postcodes).toHaveLength(1);
    expect(postcodes[0]).toMatchObject({ value, countries });
  });

  it("does not take years, times or sentences for postcodes", () => {
    expect(values("in 2024 at 3pm", "postcode")).toEqual([]);
    expect(values("I ordered 2 in 2023 Okay", "postcode")).toEqual([]);
    expect(values("the SA and SS codes: 1234 SA", "postcode")).toEqual([]);
  });
});

describe("extractEntities: dates", () => {
  it.each([
    ["tomorrow please", "en", "2025-11-21"],
    ["demain", "fr", "2025-11-21"],
    ["morgen", "nl", "2025-11-21"],
    ["kann ich morgen kommen", "de", "2025-11-21"],
    ["mañana por la mañana", "es", "2025-11-21"],
    ["amanhã", "pt", "2025-11-21"],
    ["today", "en", "2025-11-20"],
    ["übermorgen", "de", "2025-11-22"],
    ["pasado mañana", "es", "2025-11-22"],
    ["hier", "fr", "2025-11-19"],
    ["gisteren", "nl", "2025-11-19"],
  ] as const)("resolves %j", (text, lang, value) => {
    expect(values(text, "date", lang)).toEqual([value]);
  });

  it("does not read 'morning' or 'here' as days", () => {
    expect(values("guten Morgen", "date", "de")).toEqual([]);
    expect(values("Morgen!", "date", "de")).toEqual([]);
    expect(values("esta mañana llegó roto", "date", "es")).toEqual([]);
    expect(values("ik ben hier", "date", "nl")).toEqual([]);
  });

  it.each([
    ["monday", "en", "2025-11-24"],
    ["next friday", "en", "2025-11-21"],
    ["thursday", "en", "2025-11-27"],
    ["last monday", "en", "2025-11-17"],
    ["lundi prochain", "fr", "2025-11-24"],
    ["mardi dernier", "fr", "2025-11-18"],
    ["nächsten Freitag", "de", "2025-11-21"],
    ["vorige maandag", "nl", "2025-11-17"],
    ["maandagochtend", "nl", "2025-11-24"],
    ["el lunes pasado", "es", "2025-11-17"],
    ["el miércoles", "es", "2025-11-26"],
    ["na segunda", "pt", "2025-11-24"],
    ["sexta-feira", "pt", "2025-11-21"],
  ] as const)("resolves the weekday in %j", (text, lang, value) => {
    expect(values(text, "date", lang)).toEqual([value]);
  });

  it("does not read Portuguese and Spanish ordinals as weekdays", () => {
    expect(values("segunda vez que escrevo", "date", "pt")).toEqual([]);
    expect(values("es la quinta vez", "date", "es")).toEqual([]);
  });

  it.each([
    ["12/11", "2025-11-12"],
    ["12/11/2025", "2025-11-12"],
    ["3-12-25", "2025-12-03"],
    ["11/25", "2025-11-25"],
    ["12.11.", "2025-11-12"],
    ["24.12.2025", "2025-12-24"],
    ["2026-01-15", "2026-01-15"],
    ["12 nov", "2025-11-12"],
    ["12. November", "2025-11-12"],
    ["le 3 décembre", "2025-12-03"],
    ["12 de noviembre", "2025-11-12"],
    ["3rd of December", "2025-12-03"],
    ["nov 12", "2025-11-12"],
    ["8 januari", "2026-01-08"],
    ["5 de março", "2026-03-05"],
  ])("reads %j", (text, value) => {
    expect(values(text, "date")).toEqual([value]);
  });

  it("takes the nearest year when none is given", () => {
    expect(extractEntities("2/1", undefined, { now: new Date("2025-12-28T12:00:00Z") }).map((entity) => entity.value)).toEqual(["2026-01-02"]);
    expect(extractEntities("28/12", undefined, { now: new Date("2026-01-03T12:00:00Z") }).map((entity) => entity.value)).toEqual(["2025-12-28"]);
  });

  it("rejects impossible dates and ordinary words", () => {
    expect(values("31/02", "date")).toEqual([]);
    expect(values("3 out of 5 items", "date", "en")).toEqual([]);
    expect(values("12 de out", "date", "pt")).toEqual(["2025-10-12"]);
  });

  it("decides today in the business's time zone", () => {
    const lateEvening = new Date("2025-11-20T23:30:00Z");
    expect(extractEntities("tomorrow", "en", { now: lateEvening }).map((entity) => entity.value)).toEqual(["2025-11-21"]);
    expect(extractEntities("tomorrow", "en", { now: lateEvening, timeZone: "Europe/Amsterdam" }).map((entity) => entity.value)).toEqual(["2025-11-22"]);
  });
});

describe("extractEntities: times", () => {
  it.each([
    ["3pm", "en", "15:00"],
    ["at 10.30 am", "en", "10:30"],
    ["12am", "en", "00:00"],
    ["15h", "fr", "15:00"],
    ["vers 15h30", "fr", "15:30"],
    ["15:30", "nl", "15:30"],
    ["um 15 Uhr", "de", "15:00"],
    ["12.30 uhr", "de", "12:30"],
    ["om 9 uur", "nl", "09:00"],
    ["a las 3", "es", "15:00"],
    ["às 14h", "pt", "14:00"],
  ] as const)("reads %j", (text, lang, value) => {
    expect(values(text, "time", lang)).toEqual([value]);
  });

  it("does not read durations or impossible hours as times", () => {
    expect(values("livraison en 24h", "time", "fr")).toEqual([]);
    expect(values("in 2h please", "time", "en")).toEqual([]);
    expect(values("25:10", "time")).toEqual([]);
    expect(values("13pm", "time")).toEqual([]);
  });
});

describe("extractEntities: money", () => {
  it.each([
    ["€50", 50, "EUR"],
    ["50€", 50, "EUR"],
    ["12,50 €", 12.5, "EUR"],
    ["EUR 50", 50, "EUR"],
    ["50 euros", 50, "EUR"],
    ["I paid 19.99 eur", 19.99, "EUR"],
    ["£20", 20, "GBP"],
    ["20 pounds", 20, "GBP"],
    ["1.234,56 €", 1234.56, "EUR"],
    ["€1,234.56", 1234.56, "EUR"],
    ["$30", 30, "USD"],
    ["1000 euro", 1000, "EUR"],
  ] as const)("reads %j", (text, amount, currency) => {
    const money = found(text).filter((entity) => entity.kind === "money");
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ amount, currency, value: `${amount.toFixed(2)} ${currency}` });
  });

  it("ignores percentages and bare numbers", () => {
    expect(values("20% off, 3 items", "money")).toEqual([]);
  });
});

describe("extractEntities: card numbers and IBANs", () => {
  it("detects card numbers without ever returning them in full", () => {
    const text = "card 4111 1111 1111 1111 exp 12/27";
    const [card] = found(text).filter((entity) => entity.kind === "card_number");
    expect(card).toEqual({ kind: "card_number", value: "************1111", raw: "**** **** **** 1111", start: 5, end: 24 });
    expect(JSON.stringify(found(text))).not.toContain("4111 1111");
    expect(values("4242424242424242", "card_number")).toEqual(["************4242"]);
    expect(values("1234-5678-9012-3456", "card_number")).toEqual(["************3456"]);
  });

  it("ignores long numbers that fail the card checksum and are not grouped like a card", () => {
    expect(values("ref 4111111111111112", "card_number")).toEqual([]);
  });

  it("detects valid IBANs, masked", () => {
    expect(values("IBAN NL91 ABNA 0417 1643 00 thanks", "iban")).toEqual(["NL************4300"]);
    expect(values("DE89370400440532013000", "iban")).toEqual(["DE****************3000"]);
    expect(values("NL91 ABNA 0417 1643 01", "iban")).toEqual([]);
  });
});

describe("extractEntities: a full message", () => {
  it("finds each entity once, in text order, with exact offsets", () => {
    const text = "Hi! Order SO-104233: deliver tomorrow at 3pm to 1234 AB, call +31 6 12345678, refund €12,50 to jan@voorbeeld.nl";
    const entities = found(text, "en");
    expect(entities.map((entity) => `${entity.kind}=${entity.value}`)).toEqual([
      "order_number=SO-104233",
      "date=2025-11-21",
      "time=15:00",
      "postcode=1234 AB",
      "phone=+31612345678",
      "money=12.50 EUR",
      "email=jan@voorbeeld.nl",
    ]);
    for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.raw);
  });
});
