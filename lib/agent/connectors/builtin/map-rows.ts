import type { appointmentSlots, bookings, refunds, returns, ShopCustomer, subscriptions } from "@/lib/db/schema";
import type { Booking, Customer, Refund, Return, Subscription } from "../schemas";

// Rows of the demo shop's tables turned into the connector's plain JSON shapes.

// The demo shop bills subscriptions in euros everywhere (GB customers included).
export const SUBSCRIPTION_CURRENCY = "EUR";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Ids in our tables are uuids; anything else cannot match, and Postgres would reject it as a query
// error rather than find nothing.
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export function toCustomer(row: ShopCustomer): Customer {
  return {
    customerId: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    country: row.country,
    language: row.language,
    tier: row.tier,
    address: { line: row.addressLine, city: row.city, postcode: row.postcode, country: row.country },
  };
}

export function toRefund(row: typeof refunds.$inferSelect, currency: string): Refund {
  return { refundId: row.id, amountCents: row.amountCents, currency, reason: row.reason, status: row.status, requestedAt: row.createdAt.toISOString() };
}

export function toReturn(row: typeof returns.$inferSelect): Return {
  return { returnId: row.id, kind: row.kind, reason: row.reason, status: row.status, labelUrl: row.labelUrl, createdAt: row.createdAt.toISOString() };
}

export function toBooking(booking: typeof bookings.$inferSelect, slot: typeof appointmentSlots.$inferSelect): Booking {
  return {
    reference: booking.reference,
    customerId: booking.customerId,
    slotId: slot.id,
    service: slot.service,
    location: slot.location,
    startsAt: slot.startsAt.toISOString(),
    durationMinutes: slot.durationMinutes,
    status: booking.status,
  };
}

export function toSubscription(row: typeof subscriptions.$inferSelect): Subscription {
  return {
    reference: row.reference,
    customerId: row.customerId,
    plan: row.plan,
    status: row.status,
    priceCents: row.priceCents,
    currency: SUBSCRIPTION_CURRENCY,
    nextBillingOn: row.nextBillingOn,
    pausedUntil: row.pausedUntil,
  };
}
