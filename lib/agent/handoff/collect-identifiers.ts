import type { Entity, EntityKind } from "@/lib/ai/offline/nlu/entities/types";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import type { HandoffPacket } from "@/lib/db/schema";

export type HandoffIdentifier = HandoffPacket["identifiers"][number];

// Entity kinds that identify something an agent can look up. Dates, times and amounts describe the
// request rather than identify it; card numbers and IBANs are never handed on.
const IDENTIFYING_KINDS: ReadonlySet<EntityKind> = new Set([
  "order_number",
  "booking_ref",
  "subscription_ref",
  "invoice_number",
  "email",
  "phone",
  "postcode",
]);

const PAYMENT_KINDS: ReadonlySet<string> = new Set(["card_number", "iban"]);

// The identifiers for the packet: those the agent collected (each marked verified or only stated),
// then any the customer wrote that were not collected, as stated. One entry per value: a value both
// collected and written keeps the collected kind and is verified if either says so. Payment numbers
// are masked, whatever the caller passed.
export function collectIdentifiers(collected: readonly HandoffIdentifier[], mentioned: readonly Entity[]): HandoffIdentifier[] {
  const byValue = new Map<string, HandoffIdentifier>();
  const add = (identifier: HandoffIdentifier) => {
    const value = PAYMENT_KINDS.has(identifier.kind) ? maskSensitive(identifier.value).text : identifier.value.trim();
    if (value === "") return;
    const key = value.toLowerCase();
    const existing = byValue.get(key);
    if (existing) existing.verified ||= identifier.verified;
    else byValue.set(key, { kind: identifier.kind, value, verified: identifier.verified });
  };
  for (const identifier of collected) add(identifier);
  for (const entity of mentioned) if (IDENTIFYING_KINDS.has(entity.kind)) add({ kind: entity.kind, value: entity.value, verified: false });
  return [...byValue.values()];
}
