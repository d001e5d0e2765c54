// What customers type is rarely what the shop stores: "so 100123", "+31 6 1234 5678", "1054hg".
// These turn it into the demo shop's stored forms; anything unrecognised is passed on trimmed, and
// simply finds nothing.

// "SO-100123", "so100123", "SO 100123" and "100123" all mean order SO-100123.
export function normalizeOrderNumber(input: string): string {
  return normalizePrefixedReference(input, "SO");
}

// Bookings are "BK-10001", subscriptions "SUB-10001"; the same forgiving reading applies.
export function normalizePrefixedReference(input: string, prefix: string): string {
  const match = new RegExp(`^\\s*(?:${prefix})?[\\s-]*(\\d+)\\s*$`, "i").exec(input);
  return match ? `${prefix}-${match[1]}` : input.trim().toUpperCase();
}

// Postcodes compare without spaces, hyphens or case: "1054 HG" = "1054hg", "1000-001" = "1000001".
export function postcodeKey(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

// WhatsApp ids are digits in international format; "+31 6-1234 5678" and "0031612345678" both
// become "31612345678".
export function normalizePhone(input: string): string {
  return input.replace(/\D/g, "").replace(/^00/, "");
}

export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}
