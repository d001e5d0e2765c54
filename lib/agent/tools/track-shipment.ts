import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toShipmentView } from "./customer-views";
import { guardConnector } from "./guard-connector";
import { shipmentFact } from "./order-facts";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { TrackingView } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// The tracking events of one of the verified customer's orders.
export async function trackShipment(input: ToolInput<"track_shipment">, ctx: ToolContext): Promise<ToolOutcome<TrackingView>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("track_shipment", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    const shipments = order.shipments.map(toShipmentView);
    const facts = shipments.length === 0 ? [`Order ${order.orderNumber} has not been handed to a carrier yet (${orderStateWords(order.state)}).`] : shipments.map(shipmentFact);
    return succeeded({ orderNumber: order.orderNumber, state: order.state, shipments }, facts);
  });
}
