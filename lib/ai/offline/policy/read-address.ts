import type { Entity } from "../nlu/entities/types";

export type ParsedAddress = { line: string; city: string; postcode: string; country: string };

// Words that introduce the address in a sentence ("… to Kerkstraat 5", "nouvelle adresse : …").
const LEAD_IN = /^(?:.*?\b(?:to|naar|nach|à|a|para|vers|address(?: is)?|adresse|adres|dirección|direccion|morada|endereço|endereco)\s*:?\s+)/i;
// A street line: words then a house number, or a house number then words.
const STREET = /(?:[\p{L}][\p{L}'’.\- ]{1,60}\s\d+[\p{L}]?(?:[\s/-]\d+[\p{L}]?)?|\d+[\p{L}]?,?\s[\p{L}][\p{L}'’.\- ]{1,60})$/u;

// Reads "Kerkstraat 5, 1234 AB Amsterdam" or "10 Downing Street, London SW1A 2AA" from a message:
// the postcode the entity extractor found, the street line before it and the town beside it. The
// country is the order's when the postcode fits it (moving an order abroad is refused anyway).
// Returns null when a part is missing; the customer then gets the format to use.
export function readAddress(text: string, entities: readonly Entity[], orderCountry: string): ParsedAddress | null {
  const postcode = entities.find((entity): entity is Extract<Entity, { kind: "postcode" }> => entity.kind === "postcode");
  if (!postcode) return null;
  const before = text.slice(0, postcode.start);
  const after = text.slice(postcode.end);

  const afterTown = (/^[\s,]*([\p{L}][\p{L}'’.\- ]{0,60}[\p{L}])/u.exec(after)?.[1] ?? "").trim();
  const beforeParts = before.split(/[\n,;]+/).map((part) => part.trim()).filter((part) => part !== "");
  let town = afterTown;
  let lineSource = beforeParts;
  // "London SW1A 2AA": the town stands right before the postcode, in the same part.
  if (town === "" && beforeParts.length > 1) {
    const last = beforeParts[beforeParts.length - 1] ?? "";
    if (!/\d/.test(last)) {
      town = last;
      lineSource = beforeParts.slice(0, -1);
    }
  }
  const streetPart = [...lineSource].reverse().find((part) => /\d/.test(part) && /\p{L}/u.test(part)) ?? "";
  const line = streetPart.replace(LEAD_IN, "").trim();
  const street = (STREET.exec(line)?.[0] ?? "").trim().replace(/^(?:to|a|à|naar|nach|para|op|in|au)\s+/i, "");
  if (street.length < 3 || town === "") return null;

  const country = postcode.countries.some((candidate) => candidate === orderCountry) ? orderCountry : (postcode.countries[0] ?? orderCountry);
  return { line: street, city: town, postcode: postcode.value, country };
}
