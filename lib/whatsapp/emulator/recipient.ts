import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { countryCallingCodeOf } from "./country-calling-code";

export type RecipientResolution = { ok: true; waId: string } | { ok: false; error: GraphError };

// Resolves a send's `to` the way Meta documents it (shared/whatsapp/cloud-api.md §4.1, §9.4 step 2):
// "+", "-", "(", ")" and spaces are dropped; a number written without "+" gets the *business*
// number's country code prepended — so "(631) 555-1234" from a +91 business reaches +916315551234.
// The emulator reproduces that hazard on purpose. The one exception is the exact wa_id of a user
// who already wrote to us, which Meta tells integrators to reply to unchanged.
export function resolveRecipient(to: string, businessDisplayNumber: string, isKnownWaId: (waId: string) => boolean): RecipientResolution {
  const trimmed = to.trim();
  const digits = trimmed.replace(/[\s\-()+]/g, "");
  if (!/^\d{5,20}$/.test(digits) || trimmed.indexOf("+") > 0) {
    return { ok: false, error: { code: GRAPH_ERROR.parameterValueInvalid, details: `Invalid phone number: ${to}` } };
  }
  if (trimmed.startsWith("+") || isKnownWaId(digits)) return { ok: true, waId: digits };
  return { ok: true, waId: countryCallingCodeOf(businessDisplayNumber) + digits };
}
