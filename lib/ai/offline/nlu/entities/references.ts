import { type FoldedText, originalSpan } from "./folded-text";
import type { EntityCandidate } from "./types";

type ReferenceKind = "order_number" | "booking_ref" | "subscription_ref" | "invoice_number";

type ReferenceFormat = {
  kind: ReferenceKind;
  prefix: string;
  digits: number;
  // Words after which a bare number of the right length is taken as this kind of reference.
  cueWords: string;
};

// Our reference formats: SO-123456, BK-12345, SUB-12345, INV-123456. Customers write them as
// "so104233", "SO 104233", "#104233" or "my order is 104233".
const FORMATS: readonly ReferenceFormat[] = [
  {
    kind: "order_number",
    prefix: "so",
    digits: 6,
    cueWords:
      "order|orders|ordernumber|order-?nr|purchase|commande|commandes|bestellung|bestellnummer|auftrag|auftragsnummer|bestelling|bestelnummer|ordernummer|pedido|encomenda",
  },
  {
    kind: "booking_ref",
    prefix: "bk",
    digits: 5,
    cueWords: "booking|reservation|appointment|rendez-vous|rdv|buchung|buchungsnummer|termin|reservierung|boeking|afspraak|reservering|reserva|cita|marcacao|agendamento",
  },
  {
    kind: "subscription_ref",
    prefix: "sub",
    digits: 5,
    cueWords: "subscription|membership|abonnement|abo|suscripcion|subscripcion|assinatura|subscricao",
  },
  {
    kind: "invoice_number",
    prefix: "inv",
    digits: 6,
    cueWords: "invoice|facture|rechnung|rechnungsnummer|factuur|factuurnummer|factura|fatura|receipt|nota fiscal",
  },
];

// Prefixed references win over most other readings; cue-word references over phone numbers and
// postcodes but after dates and money, which have their own markers.
export const PREFIXED_REFERENCE_PRIORITY = 4;
export const CUED_REFERENCE_PRIORITY = 5;

// Between the cue word and the number: a few words or marks ("order no. 104233", "commande numéro
// 104233", "my order is #104233"), but no digits and no sentence end.
const FILLER = "[^\\d!?\\n]{0,30}?";

// Any cue word, to check that the words between a cue and its number hold no other kind's cue
// ("order, invoice 123456" is an invoice number).
const ANY_CUE = new RegExp(`(?<![\\p{L}])(?:${FORMATS.map((format) => format.cueWords).join("|")})(?![\\p{L}])`, "u");

export function extractReferences(text: FoldedText): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  for (const format of FORMATS) {
    const number = `(\\d{${format.digits}})(?!\\d)`;
    const prefixed = new RegExp(`(?<![\\p{L}\\d])${format.prefix}[\\s\\-#:.]{0,2}${number}`, "gu");
    for (const match of text.folded.matchAll(prefixed)) {
      candidates.push(candidate(text, format, match.index, match[0].length, match[1] ?? "", PREFIXED_REFERENCE_PRIORITY));
    }

    const cued = new RegExp(`(?<![\\p{L}])(?:${format.cueWords})(?![\\p{L}])${FILLER}(?<![\\d])#?\\s?${number}`, "gu");
    for (const match of text.folded.matchAll(cued)) {
      const digits = match[1] ?? "";
      const numberStart = match.index + match[0].length - digits.length;
      const cue = new RegExp(`^(?:${format.cueWords})`, "u").exec(match[0])?.[0] ?? "";
      if (ANY_CUE.test(text.folded.slice(match.index + cue.length, numberStart))) continue;
      const hashStart = text.folded[numberStart - 1] === "#" ? numberStart - 1 : numberStart;
      candidates.push(candidate(text, format, hashStart, match.index + match[0].length - hashStart, digits, CUED_REFERENCE_PRIORITY));
    }
  }

  // A bare "#104233" is how people write an order number.
  for (const match of text.folded.matchAll(/(?<![\p{L}\d#])#\s?(\d{6})(?!\d)/gu)) {
    const order = FORMATS[0];
    if (order) candidates.push(candidate(text, order, match.index, match[0].length, match[1] ?? "", CUED_REFERENCE_PRIORITY));
  }
  return candidates;
}

function candidate(text: FoldedText, format: ReferenceFormat, foldedStart: number, length: number, digits: string, priority: number): EntityCandidate {
  const { start, end } = originalSpan(text, foldedStart, foldedStart + length);
  return {
    entity: { kind: format.kind, value: `${format.prefix.toUpperCase()}-${digits}`, raw: text.original.slice(start, end), start, end },
    priority,
  };
}
