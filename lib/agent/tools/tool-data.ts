import { z } from "zod";
import {
  BOOKING_STATUSES,
  orderStateSchema,
  PAYMENT_STATUSES,
  REFUND_STATUSES,
  RETURN_KINDS,
  RETURN_STATUSES,
  SHIPMENT_STATUSES,
  SUBSCRIPTION_STATUSES,
} from "@/lib/agent/connectors/schemas";
import { customerTierSchema } from "@/lib/agent/connectors/schemas";

// What each tool hands back as `data`: customer-safe views of the connectors' answers (no internal
// customer ids except where the runner needs one, masked addresses and e-mails, cards as "•••• 1234").
// Declared as schemas so whoever reads a tool result that went through JSON (the offline policy, the
// model adapter) can check its shape instead of trusting it.

const money = { amountCents: z.number().int(), currency: z.string() };

export const identifiedCustomerSchema = z.object({
  // For the runner to store in the conversation's scope; the tool itself changes nothing.
  customerId: z.string(),
  by: z.enum(["email", "order_postcode"]),
  // The first name, for a friendly reply; the full name stays with the shop.
  name: z.string(),
  language: z.string().nullable(),
  country: z.string().nullable(),
  tier: customerTierSchema,
});
export type IdentifiedCustomer = z.infer<typeof identifiedCustomerSchema>;

export const orderListItemSchema = z.object({
  orderNumber: z.string(),
  state: orderStateSchema,
  placedAt: z.string(),
  deliveredAt: z.string().nullable(),
  totalCents: z.number().int(),
  currency: z.string(),
  itemCount: z.number().int(),
});
export type OrderListItem = z.infer<typeof orderListItemSchema>;
export const orderListSchema = z.object({ orders: z.array(orderListItemSchema) });
export type OrderList = z.infer<typeof orderListSchema>;

export const trackingEventViewSchema = z.object({ at: z.string(), location: z.string(), description: z.string() });

export const shipmentViewSchema = z.object({
  carrier: z.string(),
  trackingNumber: z.string(),
  status: z.enum(SHIPMENT_STATUSES),
  estimatedDelivery: z.string().nullable(),
  // Newest last, like the connector's.
  events: z.array(trackingEventViewSchema),
});
export type ShipmentView = z.infer<typeof shipmentViewSchema>;

export const orderViewSchema = orderListItemSchema.extend({
  shippingCents: z.number().int(),
  shippingMethod: z.string(),
  // Masked: street numbers and most of the postcode hidden ("Overtoom •••, 10•• •• Amsterdam, NL").
  shippingAddress: z.string(),
  shippingCountry: z.string(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int(), unitPriceCents: z.number().int() })),
  payment: z.object({ method: z.string(), status: z.enum(PAYMENT_STATUSES), amountCents: z.number().int(), cardMasked: z.string().nullable() }).nullable(),
  shipments: z.array(shipmentViewSchema),
});
export type OrderView = z.infer<typeof orderViewSchema>;

export const trackingViewSchema = z.object({ orderNumber: z.string(), state: orderStateSchema, shipments: z.array(shipmentViewSchema) });
export type TrackingView = z.infer<typeof trackingViewSchema>;

export const refundViewSchema = z.object({ refundId: z.string(), ...money, status: z.enum(REFUND_STATUSES), requestedAt: z.string() });
export type RefundView = z.infer<typeof refundViewSchema>;

export const returnViewSchema = z.object({
  returnId: z.string(),
  kind: z.enum(RETURN_KINDS),
  status: z.enum(RETURN_STATUSES),
  labelUrl: z.string().nullable(),
  createdAt: z.string(),
});
export type ReturnView = z.infer<typeof returnViewSchema>;

export const cancelledOrderSchema = z.object({ orderNumber: z.string(), state: z.literal("cancelled"), refund: refundViewSchema.nullable() });
export type CancelledOrder = z.infer<typeof cancelledOrderSchema>;

export const changedAddressSchema = z.object({ orderNumber: z.string(), shippingAddress: z.string() });
export type ChangedAddress = z.infer<typeof changedAddressSchema>;

export const startedReturnSchema = z.object({ orderNumber: z.string(), return: returnViewSchema });
export type StartedReturn = z.infer<typeof startedReturnSchema>;

export const refundStatusViewSchema = z.object({ orderNumber: z.string(), refunds: z.array(refundViewSchema), returns: z.array(returnViewSchema) });
export type RefundStatusView = z.infer<typeof refundStatusViewSchema>;

export const requestedRefundSchema = z.object({ orderNumber: z.string(), refund: refundViewSchema });
export type RequestedRefund = z.infer<typeof requestedRefundSchema>;

export const bookingViewSchema = z.object({
  reference: z.string(),
  service: z.string(),
  location: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
});
export type BookingView = z.infer<typeof bookingViewSchema>;
export const bookingListSchema = z.object({ bookings: z.array(bookingViewSchema) });
export type BookingList = z.infer<typeof bookingListSchema>;

export const slotViewSchema = z.object({ slotId: z.string(), service: z.string(), location: z.string(), startsAt: z.string(), durationMinutes: z.number().int() });
export type SlotView = z.infer<typeof slotViewSchema>;
export const slotListSchema = z.object({ service: z.string(), slots: z.array(slotViewSchema) });
export type SlotList = z.infer<typeof slotListSchema>;

export const rescheduledBookingSchema = z.object({ booking: bookingViewSchema });
export type RescheduledBooking = z.infer<typeof rescheduledBookingSchema>;

export const subscriptionViewSchema = z.object({
  reference: z.string(),
  plan: z.string(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  priceCents: z.number().int(),
  currency: z.string(),
  nextBillingOn: z.string().nullable(),
  pausedUntil: z.string().nullable(),
});
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;
export const subscriptionListSchema = z.object({ subscriptions: z.array(subscriptionViewSchema) });
export type SubscriptionList = z.infer<typeof subscriptionListSchema>;

export const changedSubscriptionSchema = z.object({ subscription: subscriptionViewSchema });
export type ChangedSubscription = z.infer<typeof changedSubscriptionSchema>;

export const invoiceCopySchema = z.object({
  invoiceNumber: z.string(),
  orderNumber: z.string().nullable(),
  ...money,
  issuedAt: z.string(),
  url: z.string(),
});
export type InvoiceCopy = z.infer<typeof invoiceCopySchema>;

export const shippingQuoteViewSchema = z.object({
  country: z.string(),
  orderTotalCents: z.number().int().nullable(),
  options: z.array(
    z.object({
      method: z.string(),
      priceCents: z.number().int(),
      currency: z.string(),
      freeAboveCents: z.number().int().nullable(),
      free: z.boolean(),
      minDays: z.number().int(),
      maxDays: z.number().int(),
    }),
  ),
});
export type ShippingQuoteView = z.infer<typeof shippingQuoteViewSchema>;

export const PROMO_CODE_PROBLEMS = ["unknown_code", "inactive", "not_started", "expired", "not_valid_in_country", "below_minimum"] as const;

// An invalid code is an answer, not a failure of the tool: the check worked and said no.
export const promoCodeViewSchema = z.discriminatedUnion("valid", [
  z.object({
    valid: z.literal(true),
    code: z.string(),
    description: z.string(),
    percentOff: z.number().int().nullable(),
    amountOffCents: z.number().int().nullable(),
    minOrderCents: z.number().int(),
    validUntil: z.string(),
    discountCents: z.number().int().nullable(),
  }),
  z.object({
    valid: z.literal(false),
    code: z.string(),
    problem: z.enum(PROMO_CODE_PROBLEMS),
    validFrom: z.string().optional(),
    validUntil: z.string().optional(),
    regions: z.array(z.string()).optional(),
    minOrderCents: z.number().int().optional(),
  }),
]);
export type PromoCodeView = z.infer<typeof promoCodeViewSchema>;
