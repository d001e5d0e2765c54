import type { ToolInput } from "@/lib/agent/tool-catalogue";
import type { OrderState } from "@/lib/db/schema";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { toRefundView } from "./customer-views";
import { factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { CancelledOrder } from "./tool-data";
import { failed, succeeded, type ToolFailure, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Cancels one of the verified customer's orders in a state the policy allows, once confirmed.
export async function cancelOrder(input: ToolInput<"cancel_order">, ctx: ToolContext): Promise<ToolOutcome<CancelledOrder>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("cancel_order", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    // An order already cancelled goes on to the connector: a retry with the same key gets the first
    // result back there, and a new key is refused there as not cancellable.
    if (order.state !== "cancelled" && !ctx.policy.cancellableStates.includes(order.state)) {
      return notCancellable(order.orderNumber, order.state);
    }
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.orders.cancelOrder(order.orderNumber, confirmation.key);
    if (result.ok) {
      if (result.customerId !== who.customerId) return orderNotFound(input.orderNumber);
      const refund = result.refund ? toRefundView(result.refund) : null;
      const facts = [`Order ${result.orderNumber} is cancelled.`];
      if (refund) facts.push(`A refund of ${factMoney(refund.amountCents, refund.currency)} was requested to the original payment method.`);
      return succeeded({ orderNumber: result.orderNumber, state: "cancelled", refund }, facts);
    }
    switch (result.reason) {
      case "not_found":
        return orderNotFound(input.orderNumber);
      case "not_cancellable":
        return notCancellable(order.orderNumber, result.state);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}

function notCancellable(orderNumber: string, state: OrderState): ToolFailure {
  const words = orderStateWords(state);
  return failed("not_allowed", `Order ${orderNumber} can't be cancelled any more: it is ${words}.`, [`Order ${orderNumber} is ${words}.`]);
}
