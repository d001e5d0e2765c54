import type { ToolContext } from "./tool-context";
import { failed, type ToolFailure } from "./tool-outcome";

const NOT_VERIFIED_MESSAGE =
  "I first need to check it's you: please send the e-mail address you order with, or an order number together with its delivery postcode.";

// The customer every data tool is scoped to, or the refusal to return when nobody is verified yet.
export function verifiedCustomerId(ctx: ToolContext): { customerId: string } | { refusal: ToolFailure } {
  const customerId = ctx.scope.verifiedCustomerId;
  if (customerId === null || customerId === "") return { refusal: failed("not_verified", NOT_VERIFIED_MESSAGE) };
  return { customerId };
}
