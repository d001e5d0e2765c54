export type PostcodeCountry = "NL" | "BE" | "DE" | "FR" | "ES" | "PT" | "GB" | "IE";
export type Currency = "EUR" | "GBP" | "USD";

type Span = {
  // Normalised form: "SO-104233", "2025-11-12", "15:30", "+31612345678", "1234 AB", "50.00 EUR".
  value: string;
  // The text as written, except for card numbers and IBANs, which are masked here too so that no
  // entity ever carries them in full.
  raw: string;
  // Offsets in the original text, end exclusive.
  start: number;
  end: number;
};

export type Entity =
  | (Span & {
      kind:
        | "order_number"
        | "booking_ref"
        | "subscription_ref"
        | "invoice_number"
        | "email"
        | "date"
        | "time"
        | "phone"
        | "card_number"
        | "iban";
    })
  | (Span & { kind: "postcode"; countries: PostcodeCountry[] })
  | (Span & { kind: "money"; amount: number; currency: Currency });

export type EntityKind = Entity["kind"];

// A match from one extractor; overlapping candidates are settled by `priority` (lower wins).
export type EntityCandidate = { entity: Entity; priority: number };
