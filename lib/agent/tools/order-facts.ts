import { factDay, factMoney } from "./fact-format";
import { orderStateWords } from "./order-state-words";
import type { OrderListItem, OrderView, ShipmentView } from "./tool-data";

// Short English sentences about an order that are safe to repeat to the customer or a colleague.

export function orderSummaryFact(order: OrderListItem): string {
  return `Order ${order.orderNumber}, placed ${factDay(order.placedAt)}: ${orderStateWords(order.state)}, ${order.itemCount} item(s), ${factMoney(order.totalCents, order.currency)}.`;
}

export function orderFacts(order: OrderView): string[] {
  const facts = [orderSummaryFact(order)];
  if (order.items.length > 0) facts.push(`Items: ${order.items.map((item) => `${item.quantity} × ${item.name}`).join(", ")}.`);
  if (order.payment) {
    const card = order.payment.cardMasked ? ` (card ${order.payment.cardMasked})` : "";
    facts.push(`Payment: ${order.payment.method}${card}, ${order.payment.status}.`);
  }
  facts.push(`Delivery address: ${order.shippingAddress} (${order.shippingMethod}).`);
  if (order.deliveredAt) facts.push(`Delivered on ${factDay(order.deliveredAt)}.`);
  facts.push(...order.shipments.map(shipmentFact));
  return facts;
}

export function shipmentFact(shipment: ShipmentView): string {
  const last = shipment.events.at(-1);
  const eta = shipment.estimatedDelivery ? `, expected ${shipment.estimatedDelivery}` : "";
  const latest = last ? ` Latest: ${last.description} (${last.location}, ${factDay(last.at)}).` : "";
  return `Shipment with ${shipment.carrier}, tracking ${shipment.trackingNumber}: ${shipment.status.replaceAll("_", " ")}${eta}.${latest}`;
}
