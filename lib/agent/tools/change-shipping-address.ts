import type { ToolInput } from "@/lib/agent/tool-catalogue";
import type { OrderState } from "@/lib/db/schema";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { guardConnector } from "./guard-connector";
import { maskAddress } from "./mask-personal-data";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { ChangedAddress } from "./tool-data";
import { failed, succeeded, type ToolFailure, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Changes where one of the verified customer's orders goes, while the policy allows it, once confirmed.
export async function changeShippingAddress(input: ToolInput<"change_shipping_address">, ctx: ToolContext): Promise<ToolOutcome<ChangedAddress>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("change_shipping_address", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    if (!ctx.policy.addressChangeStates.includes(order.state)) return notChangeable(order.orderNumber, order.state);
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const address = { line: input.line.trim(), city: input.city.trim(), postcode: input.postcode.trim().toUpperCase(), country: input.country.toUpperCase() };
    const result = await ctx.connectors.orders.changeShippingAddress(order.orderNumber, address, confirmation.key);
    if (result.ok) {
      if (result.customerId !== who.customerId) return orderNotFound(input.orderNumber);
      const masked = maskAddress(result.shippingAddress);
      return succeeded({ orderNumber: result.orderNumber, shippingAddress: masked }, [`Order ${result.orderNumber} will now be delivered to ${masked}.`]);
    }
    switch (result.reason) {
      case "not_found":
        return orderNotFound(input.orderNumber);
      case "already_shipped":
      case "not_changeable":
        return notChangeable(order.orderNumber, result.state);
      case "country_change_not_allowed":
        return failed("not_allowed", `Order ${order.orderNumber} can only be delivered within ${result.country}; a delivery to another country needs a new order.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}

function notChangeable(orderNumber: string, state: OrderState): ToolFailure {
  const words = orderStateWords(state);
  return failed("not_allowed", `The delivery address of order ${orderNumber} can't be changed any more: it is ${words}.`, [`Order ${orderNumber} is ${words}.`]);
}
