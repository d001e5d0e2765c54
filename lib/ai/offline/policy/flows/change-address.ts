import { changedAddressSchema, orderViewSchema, type OrderListItem } from "@/lib/agent/tools/tool-data";
import { extractEntities } from "../../nlu/entities";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { settleOrder } from "../order-number-step";
import { readAddress } from "../read-address";
import type { OfflineStep } from "../types";

const CHANGEABLE: ReadonlySet<OrderListItem["state"]> = new Set(["pending_payment", "paid", "processing"]);

// New delivery address: which order → who → still changeable? → the new address (read from what they
// wrote, asked for once if missing) → the change call (confirmed by the runner) → the outcome.
export function changeAddressFlow(ctx: FlowContext): OfflineStep {
  // An address can come before anything else ("send SO-104233 to Kerkstraat 5, 1234 AB Amsterdam");
  // it is kept until the order is known. A postcode sent to prove identity is not an address.
  const hasPostcode = ctx.input.entities.some((entity) => entity.kind === "postcode");
  if (hasPostcode && ctx.input.state.awaiting !== "identity") ctx.slots.addressText = ctx.input.customerText;

  const orderNumber = settleOrder(ctx, (order) => CHANGEABLE.has(order.state));
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases } = ctx;

  const changed = resultData(latestResult(ctx, "change_shipping_address", { orderNumber }), changedAddressSchema);
  if (changed) return reply(ctx, phrases.addressChanged(orderNumber, changed.shippingAddress), { endFlow: true, forget: ["addressText"] });

  const looked = latestResult(ctx, "get_order", { orderNumber });
  if (!looked) return callTools({ toolName: "get_order", input: { orderNumber } });
  const order = resultData(looked, orderViewSchema);
  if (!order) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });
  if (!CHANGEABLE.has(order.state)) {
    return reply(ctx, phrases.cannotChangeAddress(orderNumber, phrases.orderStates[order.state]), { buttons: [talkToPersonButton(ctx)], endFlow: true });
  }

  const text = ctx.slots.addressText;
  const address = text ? readAddress(text, text === ctx.input.customerText ? ctx.input.entities : extractEntities(text, ctx.lang), order.shippingCountry) : null;
  if (!address) {
    const triedAlready = ctx.input.state.awaiting === "address";
    return reply(ctx, triedAlready ? phrases.addressUnclear : phrases.askNewAddress(orderNumber), { awaiting: "address", forget: ["addressText"] });
  }
  return callTools({ toolName: "change_shipping_address", input: { orderNumber, ...address } });
}
