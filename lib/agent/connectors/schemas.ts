import { z } from "zod";
import { CONTACT_TIERS, ORDER_STATES } from "@/lib/db/schema";

// What every connector returns, as zod schemas. The built-in connector builds these values from our
// own tables; the HTTP connector validates a company's responses with the very same schemas, so the
// agent sees one shape whichever system answers. Everything is plain JSON: timestamps are ISO 8601
// strings with an offset, calendar dates are YYYY-MM-DD, money is integer cents with its currency.
//
// Data-changing operations and the checks an agent acts on return a result union: `{ ok: true, … }`
// when it happened, `{ ok: false, reason, … }` when a business rule said no. Infrastructure failures
// are never results; they are thrown as ConnectorError.

const timestamp = z.iso.datetime({ offset: true });
const calendarDate = z.iso.date();
const cents = z.number().int();
const nonNegativeCents = z.number().int().nonnegative();
const currency = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 currency code such as EUR");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as NL");
const reference = z.string().min(1).max(200);

export const customerTierSchema = z.enum(CONTACT_TIERS);
export type CustomerTier = z.infer<typeof customerTierSchema>;

export const orderStateSchema = z.enum(ORDER_STATES);

export const SHIPMENT_STATUSES = ["label_created", "in_transit", "out_for_delivery", "delivered", "lost", "returned"] as const;
export const PAYMENT_STATUSES = ["pending", "captured", "refunded", "failed"] as const;
export const REFUND_STATUSES = ["requested", "approved", "paid", "rejected"] as const;
export const RETURN_STATUSES = ["label_sent", "received", "closed"] as const;
export const RETURN_KINDS = ["return", "exchange"] as const;
export const BOOKING_STATUSES = ["confirmed", "cancelled", "completed", "no_show"] as const;
export const SUBSCRIPTION_STATUSES = ["active", "paused", "cancelled"] as const;

export const addressSchema = z.object({
  line: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  postcode: z.string().trim().min(1).max(20),
  country: countryCode,
});
export type Address = z.infer<typeof addressSchema>;

// ---------------------------------------------------------------------------------------------
// Customers

export const customerSchema = z.object({
  customerId: reference,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  country: countryCode.nullable(),
  // A language tag such as "nl" or "pt-BR"; the agent uses it as a hint, never as a permission.
  language: z.string().min(2).max(35).nullable(),
  tier: customerTierSchema,
  address: addressSchema.nullable(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerTierResultSchema = z.object({ customerId: reference, tier: customerTierSchema });
export type CustomerTierResult = z.infer<typeof customerTierResultSchema>;

// ---------------------------------------------------------------------------------------------
// Orders

export const orderSummarySchema = z.object({
  orderNumber: reference,
  customerId: reference,
  state: orderStateSchema,
  currency,
  totalCents: nonNegativeCents,
  itemCount: z.number().int().nonnegative(),
  placedAt: timestamp,
  deliveredAt: timestamp.nullable(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const orderItemSchema = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  quantity: z.number().int().positive(),
  unitPriceCents: nonNegativeCents,
});
export type OrderItem = z.infer<typeof orderItemSchema>;

// Bullets rather than asterisks: WhatsApp reads "*…*" as bold and would mangle "**** 4242". The
// pattern also guarantees that nothing but the last four digits of a card can ever pass through.
export const MASKED_CARD_PATTERN = /^•••• \d{4}$/;

export const paymentSummarySchema = z.object({
  method: z.string().min(1),
  status: z.enum(PAYMENT_STATUSES),
  amountCents: nonNegativeCents,
  cardMasked: z.string().regex(MASKED_CARD_PATTERN, 'the last four digits only, written "•••• 1234"').nullable(),
});
export type PaymentSummary = z.infer<typeof paymentSummarySchema>;

export const trackingEventSchema = z.object({ at: timestamp, location: z.string(), description: z.string() });

export const shipmentSchema = z.object({
  carrier: z.string().min(1),
  trackingNumber: z.string().min(1),
  status: z.enum(SHIPMENT_STATUSES),
  estimatedDelivery: calendarDate.nullable(),
  // Oldest first.
  events: z.array(trackingEventSchema),
});
export type Shipment = z.infer<typeof shipmentSchema>;

export const orderDetailsSchema = orderSummarySchema.extend({
  shippingCents: nonNegativeCents,
  shippingMethod: z.string().min(1),
  shippingAddress: addressSchema,
  items: z.array(orderItemSchema),
  payment: paymentSummarySchema.nullable(),
  shipments: z.array(shipmentSchema),
});
export type OrderDetails = z.infer<typeof orderDetailsSchema>;

export const refundSchema = z.object({
  refundId: reference,
  amountCents: z.number().int().positive(),
  currency,
  reason: z.string(),
  status: z.enum(REFUND_STATUSES),
  requestedAt: timestamp,
});
export type Refund = z.infer<typeof refundSchema>;

export const returnSchema = z.object({
  returnId: reference,
  kind: z.enum(RETURN_KINDS),
  reason: z.string(),
  status: z.enum(RETURN_STATUSES),
  labelUrl: z.url().nullable(),
  createdAt: timestamp,
});
export type Return = z.infer<typeof returnSchema>;

export const refundStatusSchema = z.object({
  orderNumber: reference,
  customerId: reference,
  refunds: z.array(refundSchema),
  returns: z.array(returnSchema),
});
export type RefundStatus = z.infer<typeof refundStatusSchema>;

export const returnItemSchema = z.object({ sku: z.string().trim().min(1), quantity: z.number().int().positive() });

export const returnRequestSchema = z.object({
  kind: z.enum(RETURN_KINDS),
  reason: z.string().trim().min(1).max(500),
  // Omitted: the whole order goes back.
  items: z.array(returnItemSchema).min(1).optional(),
});
export type ReturnRequest = z.infer<typeof returnRequestSchema>;

export const shippingOptionSchema = z.object({
  method: z.string().min(1),
  priceCents: nonNegativeCents,
  currency,
  // The order value from which this method is free; null when it never is.
  freeAboveCents: nonNegativeCents.nullable(),
  free: z.boolean(),
  minDays: z.number().int().nonnegative(),
  maxDays: z.number().int().nonnegative(),
});

// No options means the shop does not ship there (or not with the method asked for).
export const shippingQuoteSchema = z.object({
  country: countryCode,
  orderTotalCents: nonNegativeCents.nullable(),
  options: z.array(shippingOptionSchema),
});
export type ShippingQuote = z.infer<typeof shippingQuoteSchema>;

export const invoiceReferenceSchema = z.union([z.object({ orderNumber: reference }), z.object({ invoiceNumber: reference })]);
export type InvoiceReference = z.infer<typeof invoiceReferenceSchema>;

// ---------------------------------------------------------------------------------------------
// Scheduling and subscriptions

export const bookingSchema = z.object({
  reference,
  customerId: reference,
  slotId: reference,
  service: z.string().min(1),
  location: z.string(),
  startsAt: timestamp,
  durationMinutes: z.number().int().positive(),
  status: z.enum(BOOKING_STATUSES),
});
export type Booking = z.infer<typeof bookingSchema>;

export const slotSchema = z.object({
  slotId: reference,
  service: z.string().min(1),
  location: z.string(),
  startsAt: timestamp,
  durationMinutes: z.number().int().positive(),
  remainingCapacity: z.number().int().positive(),
});
export type Slot = z.infer<typeof slotSchema>;

export const subscriptionSchema = z.object({
  reference,
  customerId: reference,
  plan: z.string().min(1),
  status: z.enum(SUBSCRIPTION_STATUSES),
  priceCents: nonNegativeCents,
  currency,
  nextBillingOn: calendarDate.nullable(),
  pausedUntil: calendarDate.nullable(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

// ---------------------------------------------------------------------------------------------
// Results of checks and changes

const refused = <const Reason extends string>(reason: Reason) => z.object({ ok: z.literal(false), reason: z.literal(reason) });

const notFound = refused("not_found");
// The key was already used for a different operation or different arguments: nothing was done.
const keyReused = refused("idempotency_key_reused");

export const cancelOrderResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    orderNumber: reference,
    customerId: reference,
    state: z.literal("cancelled"),
    // Money already taken goes back through a refund request; null when nothing was paid.
    refund: refundSchema.nullable(),
  }),
  notFound,
  refused("not_cancellable").extend({ state: orderStateSchema }),
  keyReused,
]);
export type CancelOrderResult = z.infer<typeof cancelOrderResultSchema>;

export const changeShippingAddressResultSchema = z.union([
  z.object({ ok: z.literal(true), orderNumber: reference, customerId: reference, shippingAddress: addressSchema }),
  notFound,
  refused("already_shipped").extend({ state: orderStateSchema }),
  refused("not_changeable").extend({ state: orderStateSchema }),
  // Shipping price, currency and carrier depend on the country, so moving an order abroad is a new order.
  refused("country_change_not_allowed").extend({ country: countryCode }),
  keyReused,
]);
export type ChangeShippingAddressResult = z.infer<typeof changeShippingAddressResultSchema>;

export const startReturnResultSchema = z.union([
  z.object({ ok: z.literal(true), orderNumber: reference, customerId: reference, return: returnSchema }),
  notFound,
  refused("not_returnable").extend({ state: orderStateSchema }),
  refused("outside_return_window").extend({ deliveredAt: timestamp, windowEndedAt: timestamp, returnWindowDays: z.number().int().nonnegative() }),
  refused("invalid_items").extend({ detail: z.string() }),
  keyReused,
]);
export type StartReturnResult = z.infer<typeof startReturnResultSchema>;

export const requestRefundResultSchema = z.union([
  z.object({ ok: z.literal(true), orderNumber: reference, customerId: reference, refund: refundSchema }),
  notFound,
  refused("not_refundable").extend({ state: orderStateSchema }),
  refused("exceeds_refundable").extend({ refundableCents: nonNegativeCents, currency }),
  keyReused,
]);
export type RequestRefundResult = z.infer<typeof requestRefundResultSchema>;

export const promoCodeCheckSchema = z.union([
  z.object({
    ok: z.literal(true),
    code: z.string().min(1),
    description: z.string(),
    percentOff: z.number().int().min(1).max(100).nullable(),
    amountOffCents: z.number().int().positive().nullable(),
    minOrderCents: nonNegativeCents,
    validUntil: calendarDate,
    // Empty: valid in every country.
    regions: z.array(countryCode),
    // The discount on the order total given to the check; null when no total was given.
    discountCents: nonNegativeCents.nullable(),
  }),
  refused("unknown_code"),
  refused("inactive"),
  refused("not_started").extend({ validFrom: calendarDate }),
  refused("expired").extend({ validUntil: calendarDate }),
  refused("not_valid_in_country").extend({ regions: z.array(countryCode) }),
  refused("below_minimum").extend({ minOrderCents: nonNegativeCents }),
]);
export type PromoCodeCheck = z.infer<typeof promoCodeCheckSchema>;

export const invoiceCopyResultSchema = z.union([
  z.object({
    ok: z.literal(true),
    invoiceNumber: reference,
    customerId: reference,
    orderNumber: reference.nullable(),
    amountCents: cents,
    currency,
    issuedAt: timestamp,
    // A link the agent can send; the connector never sends anything itself.
    url: z.url(),
  }),
  notFound,
  // The order exists but was never invoiced (unpaid or cancelled before payment).
  refused("no_invoice").extend({ state: orderStateSchema }),
]);
export type InvoiceCopyResult = z.infer<typeof invoiceCopyResultSchema>;

export const rescheduleBookingResultSchema = z.union([
  z.object({ ok: z.literal(true), booking: bookingSchema }),
  notFound,
  refused("not_reschedulable").extend({ status: z.enum(BOOKING_STATUSES) }),
  refused("slot_not_found"),
  refused("different_service").extend({ service: z.string() }),
  refused("slot_in_past"),
  refused("slot_full"),
  keyReused,
]);
export type RescheduleBookingResult = z.infer<typeof rescheduleBookingResultSchema>;

const subscriptionChanged = z.object({ ok: z.literal(true), subscription: subscriptionSchema });
const subscriptionStatus = z.enum(SUBSCRIPTION_STATUSES);

export const pauseSubscriptionResultSchema = z.union([
  subscriptionChanged,
  notFound,
  refused("not_pausable").extend({ status: subscriptionStatus }),
  refused("invalid_date").extend({ until: calendarDate }),
  refused("pause_too_long").extend({ maxPauseDays: z.number().int().positive() }),
  keyReused,
]);
export type PauseSubscriptionResult = z.infer<typeof pauseSubscriptionResultSchema>;

export const resumeSubscriptionResultSchema = z.union([
  subscriptionChanged,
  notFound,
  refused("not_resumable").extend({ status: subscriptionStatus }),
  keyReused,
]);
export type ResumeSubscriptionResult = z.infer<typeof resumeSubscriptionResultSchema>;

export const changePlanResultSchema = z.union([
  subscriptionChanged,
  notFound,
  refused("unknown_plan").extend({ plans: z.array(z.string()) }),
  refused("not_changeable").extend({ status: subscriptionStatus }),
  keyReused,
]);
export type ChangePlanResult = z.infer<typeof changePlanResultSchema>;

// ---------------------------------------------------------------------------------------------
// List envelopes on the wire (the HTTP contract wraps lists in objects so fields can be added later)

export const orderListSchema = z.object({ orders: z.array(orderSummarySchema) });
export const bookingListSchema = z.object({ bookings: z.array(bookingSchema) });
export const slotListSchema = z.object({ slots: z.array(slotSchema) });
export const subscriptionListSchema = z.object({ subscriptions: z.array(subscriptionSchema) });
