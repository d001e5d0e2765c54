import type { OrderState } from "@/lib/db/schema";

// "pending_payment" → "pending payment", for messages and facts.
export function orderStateWords(state: OrderState): string {
  return state.replaceAll("_", " ");
}
