import type { ReturnReasonCode } from "./phrase-table";
import type { OfflineSlots } from "./types";

// The reason the shop's systems record, in English for the warehouse; the customer sees their own
// words or the localised button title instead.
export const RETURN_REASONS: Record<ReturnReasonCode, string> = {
  changed_mind: "Changed my mind",
  faulty: "Faulty or damaged",
  wrong_item: "Wrong item received",
};

export function isReturnReasonCode(value: string): value is ReturnReasonCode {
  return value in RETURN_REASONS;
}

// A reason already given: a tapped button, the answer to "why?", or a problem named earlier.
export function returnReasonOf(slots: OfflineSlots): string | null {
  const given = slots.returnReason;
  if (given) return isReturnReasonCode(given) ? RETURN_REASONS[given] : given;
  if (slots.problem === "damaged") return RETURN_REASONS.faulty;
  if (slots.problem === "wrong_item") return RETURN_REASONS.wrong_item;
  return null;
}
