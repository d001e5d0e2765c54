import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orderItems, orders, payments, products, shipments, trackingEvents, type Order } from "@/lib/db/schema";
import { orderDetailsSchema, type OrderDetails, type PaymentSummary, type Shipment } from "../schemas";

// One order with everything a customer asks about: what was bought, how it was paid (card masked to
// its last four digits), where it goes and where each parcel is.
export async function loadOrderDetails(db: Db, orderNumber: string): Promise<OrderDetails | null> {
  const [order] = await db.select().from(orders).where(eq(orders.number, orderNumber)).limit(1);
  if (!order) return null;

  const items = await db
    .select({ sku: products.sku, name: products.name, quantity: orderItems.quantity, unitPriceCents: orderItems.unitPriceCents })
    .from(orderItems)
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(eq(orderItems.orderId, order.id))
    .orderBy(asc(products.sku));

  const details: OrderDetails = {
    orderNumber: order.number,
    customerId: order.customerId,
    state: order.state,
    currency: order.currency,
    totalCents: order.totalCents,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    placedAt: order.placedAt.toISOString(),
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    shippingCents: order.shippingCents,
    shippingMethod: order.shippingMethod,
    shippingAddress: order.shippingAddress,
    items,
    payment: await latestPayment(db, order),
    shipments: await shipmentsWithTracking(db, order.id),
  };
  // Validated like an HTTP answer, so a malformed stored value (a card number longer than four digits)
  // can never reach the agent.
  return orderDetailsSchema.parse(details);
}

// After a failed attempt the customer paid again; the latest attempt is the one that tells the story.
async function latestPayment(db: Db, order: Order): Promise<PaymentSummary | null> {
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.createdAt)).limit(1);
  if (!payment) return null;
  return {
    method: payment.method,
    status: payment.status,
    amountCents: payment.amountCents,
    cardMasked: payment.cardLast4 === null ? null : `•••• ${payment.cardLast4}`,
  };
}

async function shipmentsWithTracking(db: Db, orderId: string): Promise<Shipment[]> {
  const parcels = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.createdAt));
  if (parcels.length === 0) return [];
  const events = await db
    .select()
    .from(trackingEvents)
    .where(inArray(trackingEvents.shipmentId, parcels.map((parcel) => parcel.id)))
    .orderBy(asc(trackingEvents.at));
  return parcels.map((parcel) => ({
    carrier: parcel.carrier,
    trackingNumber: parcel.trackingNumber,
    status: parcel.status,
    estimatedDelivery: parcel.estimatedDelivery,
    events: events
      .filter((event) => event.shipmentId === parcel.id)
      .map((event) => ({ at: event.at.toISOString(), location: event.location, description: event.description })),
  }));
}
