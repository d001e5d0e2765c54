// The countries the shop serves, by calling code of a WhatsApp id (digits only, international form).
// Longer codes first so "351…" is Portugal, not a three-digit mistake.
const CALLING_CODES: readonly [string, string][] = [
  ["351", "PT"],
  ["353", "IE"],
  ["31", "NL"],
  ["32", "BE"],
  ["33", "FR"],
  ["34", "ES"],
  ["44", "GB"],
  ["49", "DE"],
];

export function countryOfPhone(waId: string): string | null {
  const digits = waId.replace(/\D/g, "").replace(/^00/, "");
  return CALLING_CODES.find(([code]) => digits.startsWith(code))?.[1] ?? null;
}
