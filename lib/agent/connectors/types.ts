import type {
  Address,
  Booking,
  CancelOrderResult,
  ChangePlanResult,
  ChangeShippingAddressResult,
  Customer,
  CustomerTierResult,
  InvoiceCopyResult,
  InvoiceReference,
  OrderDetails,
  OrderSummary,
  PauseSubscriptionResult,
  PromoCodeCheck,
  RefundStatus,
  RequestRefundResult,
  RescheduleBookingResult,
  ResumeSubscriptionResult,
  ReturnRequest,
  ShippingQuote,
  Slot,
  StartReturnResult,
  Subscription,
} from "./schemas";

// The live systems the AI agent's tools act on, grouped the way the brief groups the tools. Two
// implementations exist: the built-in one on the demo shop's tables, and an HTTP one for a company's
// own systems (http/CONTRACT.md).
//
// Contract shared by every implementation:
// - Identity is not decided here. Every customer-scoped answer carries `customerId`, and the agent
//   layer compares it with the verified customer before showing or changing anything.
// - Data-changing methods take an idempotency key. Repeating a call with the same key returns the
//   first result and never applies the change twice; the same key with other arguments is refused
//   with `idempotency_key_reused`.
// - Business outcomes are results (`null` for a lookup that found nothing, `{ ok: false, reason }`
//   for a refused change); infrastructure failures throw ConnectorError.

export type CustomersConnector = {
  // `waId` is the WhatsApp id: the phone number in international format, digits only.
  findCustomerByPhone(waId: string): Promise<Customer | null>;
  findCustomerByEmail(email: string): Promise<Customer | null>;
  // The customer who placed the order, when the postcode matches the order's delivery address or
  // the customer's own; null otherwise, without saying which part was wrong.
  verifyByOrderAndPostcode(orderNumber: string, postcode: string): Promise<Customer | null>;
  getTier(customerId: string): Promise<CustomerTierResult | null>;
};

export type OrdersConnector = {
  // Newest first.
  findCustomerOrders(customerId: string, limit: number): Promise<OrderSummary[]>;
  getOrder(orderNumber: string): Promise<OrderDetails | null>;
  cancelOrder(orderNumber: string, idempotencyKey: string): Promise<CancelOrderResult>;
  changeShippingAddress(orderNumber: string, address: Address, idempotencyKey: string): Promise<ChangeShippingAddressResult>;
  startReturn(orderNumber: string, request: ReturnRequest, idempotencyKey: string): Promise<StartReturnResult>;
  refundStatus(orderNumber: string): Promise<RefundStatus | null>;
  // Records a refund request; whether an amount needs a human's approval is the agent layer's call.
  requestRefund(orderNumber: string, amountCents: number, reason: string, idempotencyKey: string): Promise<RequestRefundResult>;
  // `orderTotalCents` is the value of the goods, which decides free delivery.
  shippingQuote(country: string, method?: string, orderTotalCents?: number): Promise<ShippingQuote>;
  checkPromoCode(code: string, country: string, orderTotalCents?: number): Promise<PromoCodeCheck>;
  // Finds the invoice and returns a link to a copy; sending it to the customer is the agent's job.
  sendInvoiceCopy(reference: InvoiceReference): Promise<InvoiceCopyResult>;
};

export type SchedulingConnector = {
  listBookings(customerId: string): Promise<Booking[]>;
  // Bookable slots (in the future, with room left) for a service, from a calendar date (YYYY-MM-DD)
  // for a number of days, earliest first.
  listSlots(service: string, fromDate: string, days: number): Promise<Slot[]>;
  rescheduleBooking(reference: string, slotId: string, idempotencyKey: string): Promise<RescheduleBookingResult>;
};

export type SubscriptionsConnector = {
  listSubscriptions(customerId: string): Promise<Subscription[]>;
  // `until` is a calendar date (YYYY-MM-DD); without it the system's longest allowed pause applies.
  pause(reference: string, until: string | undefined, idempotencyKey: string): Promise<PauseSubscriptionResult>;
  resume(reference: string, idempotencyKey: string): Promise<ResumeSubscriptionResult>;
  changePlan(reference: string, plan: string, idempotencyKey: string): Promise<ChangePlanResult>;
};

export type Connectors = {
  customers: CustomersConnector;
  orders: OrdersConnector;
  scheduling: SchedulingConnector;
  subscriptions: SubscriptionsConnector;
};
