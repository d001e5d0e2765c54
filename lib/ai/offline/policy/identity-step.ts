import { callTools, latestResult, reply, type FlowContext } from "./flow-context";
import type { OfflineStep } from "./types";

// Customer data is shown only after identity is checked. Orders can be verified with an order number
// and its delivery postcode; appointments and subscriptions only with the e-mail address. One
// question at a time: the order number first (the flow needs it anyway), then the postcode.
export function identityStep(ctx: FlowContext, proof: "order" | "email"): OfflineStep | null {
  if (ctx.verified) return null;
  const { email, orderNumber, postcode } = ctx.slots;
  // A failed attempt in this turn was already answered (handleLastOutcome); never loop on it.
  if (!latestResult(ctx, "identify_customer")) {
    if (email) return callTools({ toolName: "identify_customer", input: { email } });
    if (proof === "order" && orderNumber && postcode) return callTools({ toolName: "identify_customer", input: { orderNumber, postcode } });
  }
  if (proof === "email") return reply(ctx, ctx.phrases.askEmail, { awaiting: "identity" });
  if (!orderNumber) return reply(ctx, ctx.phrases.askOrderNumber, { awaiting: "order_number" });
  return reply(ctx, ctx.phrases.askPostcode(orderNumber), { awaiting: "identity" });
}

// After a tool said "not verified" although the conversation thought it was.
export function askIdentityAgain(ctx: FlowContext): OfflineStep {
  ctx.verified = false;
  const forget = ["email", "postcode"] as const;
  if (ctx.intent === "reschedule_appointment" || ctx.intent === "subscription_change") return reply(ctx, ctx.phrases.askEmail, { awaiting: "identity", forget });
  const { orderNumber } = ctx.slots;
  if (orderNumber) return reply(ctx, ctx.phrases.askPostcode(orderNumber), { awaiting: "identity", forget });
  return reply(ctx, ctx.phrases.askIdentity, { awaiting: "identity", forget });
}
