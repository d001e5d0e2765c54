import type { Address } from "@/lib/agent/connectors/schemas";

// Partial views of personal data for anything the customer, the model or a colleague reads back:
// enough to recognise ("j•••@example.com", "Overtoom •••, 10•• •• Amsterdam"), not enough to reuse.
// Bullets rather than asterisks because WhatsApp reads "*…*" as bold.

export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email.charAt(0)}•••${email.slice(at)}`;
}

export function maskAddress(address: Address): string {
  const line = address.line.replace(/\d+[a-zA-Z]?\b/g, "•••");
  return `${line}, ${maskPostcode(address.postcode)} ${address.city}, ${address.country}`;
}

// Keeps the first two characters, so "1054 HG" reads "10•• ••" and "SW1A 1AA" reads "SW•• •••".
export function maskPostcode(postcode: string): string {
  const trimmed = postcode.trim();
  return trimmed.slice(0, 2) + trimmed.slice(2).replace(/[A-Za-z0-9]/g, "•");
}
