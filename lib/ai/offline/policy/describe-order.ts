import type { OrderView, ShipmentView } from "@/lib/agent/tools/tool-data";
import type { FlowContext } from "./flow-context";
import { formatDay, formatSlot } from "./locale-format";
import { displayTrackingNumber } from "./safe-text";

const TROUBLE: ReadonlySet<ShipmentView["status"]> = new Set(["lost", "returned"]);
const STILL_MOVING: ReadonlySet<ShipmentView["status"]> = new Set(["label_created", "in_transit", "out_for_delivery"]);

// Where an order stands, in a few short lines: its state, and while it travels the carrier, tracking
// number, expected day and the carrier's latest event (quoted as the carrier wrote it).
export function hasShipmentTrouble(shipments: readonly ShipmentView[]): boolean {
  const shipment = shipments.at(-1);
  return shipment !== undefined && TROUBLE.has(shipment.status);
}

export function describeOrder(ctx: FlowContext, order: OrderView, shipments: readonly ShipmentView[]): string {
  const { phrases, lang } = ctx;
  const lines = [phrases.orderStatus[order.state](order.orderNumber, order.deliveredAt ? formatDay(order.deliveredAt, lang) : null)];
  const shipment = shipments.at(-1);
  if (shipment && (order.state === "shipped" || STILL_MOVING.has(shipment.status) || TROUBLE.has(shipment.status))) {
    lines.push(phrases.carrierLine(shipment.carrier, displayTrackingNumber(shipment.trackingNumber)));
    // A parcel the carrier lost or sent back is said in so many words, not left to the event text.
    if (TROUBLE.has(shipment.status)) lines.push(phrases.shipmentStatusLine(phrases.shipmentStatuses[shipment.status]));
    if (shipment.estimatedDelivery && STILL_MOVING.has(shipment.status)) lines.push(phrases.etaLine(formatDay(shipment.estimatedDelivery, lang)));
    const latest = shipment.events.at(-1);
    if (latest) lines.push(phrases.latestEventLine(formatSlot(latest.at, lang), latest.description, latest.location));
  }
  return lines.join("\n");
}
