import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { toRefundView } from "./customer-views";
import { factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { RequestedRefund } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Records a refund request for one of the verified customer's orders, once confirmed. Amounts above
// the policy's automatic limit (the whole order total when no amount is given) are never sent to the
// connector: they come back as needs_human so a person approves them.
export async function requestRefund(input: ToolInput<"request_refund">, ctx: ToolContext): Promise<ToolOutcome<RequestedRefund>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("request_refund", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    const amountCents = input.amountCents ?? order.totalCents;
    const amount = factMoney(amountCents, order.currency);
    if (amountCents > order.totalCents) {
      return failed("invalid", `A refund of ${amount} is more than order ${order.orderNumber} cost (${factMoney(order.totalCents, order.currency)}).`);
    }
    if (amountCents > ctx.policy.maxAutoRefundCents) {
      return failed("needs_human", `A refund of ${amount} needs a colleague's approval.`, [
        `Refund of ${amount} asked for order ${order.orderNumber} (order total ${factMoney(order.totalCents, order.currency)}, ${orderStateWords(order.state)}).`,
        `Reason given: ${input.reason}`,
        `Above the automatic approval limit of ${factMoney(ctx.policy.maxAutoRefundCents, order.currency)}.`,
      ]);
    }
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.orders.requestRefund(order.orderNumber, amountCents, input.reason, confirmation.key);
    if (result.ok) {
      if (result.customerId !== who.customerId) return orderNotFound(input.orderNumber);
      const refund = toRefundView(result.refund);
      return succeeded({ orderNumber: result.orderNumber, refund }, [
        `Refund of ${factMoney(refund.amountCents, refund.currency)} requested for order ${result.orderNumber}; it goes back to the original payment method.`,
      ]);
    }
    switch (result.reason) {
      case "not_found":
        return orderNotFound(input.orderNumber);
      case "not_refundable":
        return failed("not_allowed", `Nothing was paid for order ${order.orderNumber} yet, so there is nothing to refund.`, [`Order ${order.orderNumber} is ${orderStateWords(result.state)}.`]);
      case "exceeds_refundable":
        return failed("not_allowed", `At most ${factMoney(result.refundableCents, result.currency)} of order ${order.orderNumber} can still be refunded.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
