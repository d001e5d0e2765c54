import type { Language } from "@/lib/db/schema";
import type { City, ShopCountry } from "./country-data";
import type { Rng } from "./random";

// Street lines, postcodes and mobile numbers in each country's real format, so lookups, address
// parsing and phone matching are exercised on data that looks like what customers actually type.

// Letters Dutch postcodes never use, and letter pairs PostNL leaves out.
const NL_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
const NL_FORBIDDEN_PAIRS = new Set(["SA", "SD", "SS"]);
// Inward codes of UK postcodes never use C, I, K, M, O or V.
const GB_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
// Eircode unique identifiers use these characters only.
const EIRCODE_CHARACTERS = "0123456789ACDEFHKNPRTVWXY";
const EIRCODE_LETTERS = "ACDEFHKNPRTVWXY";

export function postcodeFor(country: ShopCountry, city: City, rng: Rng): string {
  const area = city.area;
  if (area.kind === "outward") {
    const outwardCode = rng.pick(area.codes);
    if (country === "IE") {
      return `${outwardCode} ${rng.fromAlphabet(EIRCODE_LETTERS, 1)}${rng.fromAlphabet(EIRCODE_CHARACTERS, 3)}`;
    }
    return `${outwardCode} ${rng.int(1, 9)}${rng.fromAlphabet(GB_INWARD_LETTERS, 2)}`;
  }
  const base = rng.int(area.from, area.to);
  switch (country) {
    case "NL": {
      let letters = rng.fromAlphabet(NL_POSTCODE_LETTERS, 2);
      while (NL_FORBIDDEN_PAIRS.has(letters)) letters = rng.fromAlphabet(NL_POSTCODE_LETTERS, 2);
      return `${base} ${letters}`;
    }
    case "PT":
      return `${base}-${rng.digits(3)}`;
    case "BE":
      return String(base);
    default:
      return String(base).padStart(5, "0");
  }
}

export function streetLine(country: ShopCountry, language: Language, street: string, rng: Rng): string {
  const number = rng.weighted([[rng.int(1, 40), 5], [rng.int(41, 180), 3], [rng.int(181, 420), 1]] as const);
  switch (country) {
    case "NL":
      return `${street} ${number}${rng.weighted([["", 7], ["A", 1], ["-2", 1], [" hs", 1]] as const)}`;
    case "BE":
      // Flemish addresses number flats with "bus", Walloon ones with "boîte" (bte).
      return `${street} ${number}${rng.chance(0.2) ? ` ${language === "fr" ? "bte" : "bus"} ${rng.int(1, 12)}` : ""}`;
    case "DE":
      return `${street} ${number}${rng.weighted([["", 8], ["a", 1], ["b", 1]] as const)}`;
    case "FR":
      return `${number}${rng.weighted([["", 9], [" bis", 1]] as const)} ${street}`;
    case "ES":
      return `${street}, ${number}, ${rng.int(1, 8)}º ${rng.pick(["A", "B", "C", "D", "izda.", "dcha."])}`;
    case "PT":
      return `${street}, ${number}, ${rng.int(1, 6)}º ${rng.pick(["Esq.", "Dto.", "Frente"])}`;
    case "GB":
    case "IE": {
      const flat = rng.chance(0.2) ? `${country === "GB" ? "Flat" : "Apartment"} ${rng.int(1, 24)}, ` : "";
      return `${flat}${number} ${street}`;
    }
  }
}

// An E.164 mobile number without the leading '+', which is how WhatsApp identifies a customer.
// GB and FR numbers come from the ranges Ofcom and ARCEP reserve for fiction.
export function mobileNumber(country: ShopCountry, rng: Rng): string {
  switch (country) {
    case "NL":
      return `316${rng.int(1, 9)}${rng.digits(7)}`;
    case "BE":
      return `324${rng.pick(["6", "7", "8", "9"])}${rng.digits(7)}`;
    case "FR":
      return `3363998${rng.digits(4)}`;
    case "DE":
      return `49${rng.pick(["151", "152", "160", "170", "171", "172", "175", "176", "177", "179"])}${rng.digits(8)}`;
    case "ES":
      return `34${rng.pick(["6", "7"])}${rng.digits(8)}`;
    case "PT":
      return `3519${rng.pick(["1", "2", "3", "6"])}${rng.digits(7)}`;
    case "GB":
      return `447700900${rng.digits(3)}`;
    case "IE":
      return `3538${rng.pick(["3", "5", "6", "7", "9"])}${rng.digits(7)}`;
  }
}
