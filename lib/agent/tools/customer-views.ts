import type { Booking, OrderDetails, OrderSummary, Refund, Return, Shipment, Slot, Subscription } from "@/lib/agent/connectors/schemas";
import { maskAddress } from "./mask-personal-data";
import type { BookingView, OrderListItem, OrderView, RefundView, ReturnView, ShipmentView, SlotView, SubscriptionView } from "./tool-data";

// Connector answers → the customer-safe views tools return. Internal ids (customer ids, payment ids)
// stay behind; addresses are masked; cards already arrive as "•••• 1234" (the connector schema
// accepts nothing else).

export function toOrderListItem(order: OrderSummary): OrderListItem {
  return {
    orderNumber: order.orderNumber,
    state: order.state,
    placedAt: order.placedAt,
    deliveredAt: order.deliveredAt,
    totalCents: order.totalCents,
    currency: order.currency,
    itemCount: order.itemCount,
  };
}

export function toOrderView(order: OrderDetails): OrderView {
  return {
    ...toOrderListItem(order),
    shippingCents: order.shippingCents,
    shippingMethod: order.shippingMethod,
    shippingAddress: maskAddress(order.shippingAddress),
    shippingCountry: order.shippingAddress.country,
    items: order.items.map(({ name, quantity, unitPriceCents }) => ({ name, quantity, unitPriceCents })),
    payment: order.payment
      ? { method: order.payment.method, status: order.payment.status, amountCents: order.payment.amountCents, cardMasked: order.payment.cardMasked }
      : null,
    shipments: order.shipments.map(toShipmentView),
  };
}

export function toShipmentView(shipment: Shipment): ShipmentView {
  return {
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    status: shipment.status,
    estimatedDelivery: shipment.estimatedDelivery,
    events: shipment.events.map(({ at, location, description }) => ({ at, location, description })),
  };
}

export function toRefundView(refund: Refund): RefundView {
  return { refundId: refund.refundId, amountCents: refund.amountCents, currency: refund.currency, status: refund.status, requestedAt: refund.requestedAt };
}

export function toReturnView(item: Return): ReturnView {
  return { returnId: item.returnId, kind: item.kind, status: item.status, labelUrl: item.labelUrl, createdAt: item.createdAt };
}

export function toBookingView(booking: Booking): BookingView {
  return {
    reference: booking.reference,
    service: booking.service,
    location: booking.location,
    startsAt: booking.startsAt,
    durationMinutes: booking.durationMinutes,
    status: booking.status,
  };
}

export function toSlotView(slot: Slot): SlotView {
  return { slotId: slot.slotId, service: slot.service, location: slot.location, startsAt: slot.startsAt, durationMinutes: slot.durationMinutes };
}

export function toSubscriptionView(subscription: Subscription): SubscriptionView {
  return {
    reference: subscription.reference,
    plan: subscription.plan,
    status: subscription.status,
    priceCents: subscription.priceCents,
    currency: subscription.currency,
    nextBillingOn: subscription.nextBillingOn,
    pausedUntil: subscription.pausedUntil,
  };
}
