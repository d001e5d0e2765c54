import type { OrderState, orderItems, orders, payments } from "@/lib/db/schema";
import { localPriceCents, shippingRateFor, type ProductCategory, type ProductRow, type ShippingMethod, type ShippingRate } from "./catalog";
import type { Clock } from "./clock";
import { CURRENCY_BY_COUNTRY } from "./country-data";
import type { ShopCustomerRow } from "./customers";
import { planTimeline, type OrderTimeline } from "./order-timeline";
import { deterministicUuid, type Rng } from "./random";

// Six months of orders: what was bought, by whom, how it was paid, and where the order stands now.

const ORDER_COUNT = 1200;
const FIRST_ORDER_NUMBER = 100001;

// Most orders arrive; the rest give the agent something to do.
const STATE_WEIGHTS: readonly (readonly [OrderState, number])[] = [
  ["delivered", 64],
  ["shipped", 8],
  ["processing", 4],
  ["paid", 3],
  ["pending_payment", 3],
  ["cancelled", 5],
  ["returned", 6],
  ["refunded", 7],
];

const CATEGORY_WEIGHTS: readonly (readonly [ProductCategory, number])[] = [
  ["coffee-beans", 30],
  ["filters", 16],
  ["chargers", 12],
  ["accessories", 10],
  ["headphones", 10],
  ["speakers", 6],
  ["kettles", 6],
  ["grinders", 5],
  ["espresso-machines", 4],
];

export type PaymentMethod = (typeof payments.$inferInsert)["method"];

type PaymentOutcome = "pending" | "captured" | "failed" | "refunded" | "captured_after_failure";

export type OrderItemRecord = { id: string; product: ProductRow; quantity: number; unitPriceCents: number };

export type OrderRecord = {
  id: string;
  number: string;
  customer: ShopCustomerRow;
  state: OrderState;
  currency: "EUR" | "GBP";
  method: ShippingMethod;
  rate: ShippingRate;
  timeline: OrderTimeline;
  items: OrderItemRecord[];
  shippingCents: number;
  totalCents: number;
  paymentMethod: PaymentMethod;
  paymentOutcome: PaymentOutcome;
  paymentIds: string[];
  cardLast4: string | null;
};

export function buildOrders(rng: Rng, customers: readonly ShopCustomerRow[], products: readonly ProductRow[]): OrderRecord[] {
  const customerTickets = customers.flatMap((customer) => {
    const weight = customer.tier === "vip" ? 4 : customer.tier === "plus" ? 2 : 1;
    return Array.from({ length: weight }, () => customer);
  });
  const drafts = Array.from({ length: ORDER_COUNT }, () => draftOrder(rng, customerTickets, products));
  // Numbers follow the order of placement: SO-100001 is the oldest order. The sort is stable, so
  // orders placed in the same minute keep their generation order.
  drafts.sort((a, b) => b.timeline.placed - a.timeline.placed);
  return drafts.map((draft, position) => ({ ...draft, number: `SO-${FIRST_ORDER_NUMBER + position}` }));
}

export function buildOrderRows(records: readonly OrderRecord[], clock: Clock) {
  const orderRows: (typeof orders.$inferInsert)[] = [];
  const itemRows: (typeof orderItems.$inferInsert)[] = [];
  const paymentRows: (typeof payments.$inferInsert)[] = [];
  for (const order of records) {
    const { timeline, customer } = order;
    const lastChange = timeline.delivered ?? timeline.shipment?.labelCreated ?? timeline.cancelled ?? timeline.paid ?? timeline.placed;
    orderRows.push({
      id: order.id,
      number: order.number,
      customerId: customer.id,
      state: order.state,
      currency: order.currency,
      totalCents: order.totalCents,
      shippingCents: order.shippingCents,
      shippingMethod: order.method,
      shippingAddress: { line: customer.addressLine, city: customer.city, postcode: customer.postcode, country: customer.country },
      placedAt: clock.minutesAgo(timeline.placed),
      deliveredAt: timeline.delivered === undefined ? null : clock.minutesAgo(timeline.delivered),
      updatedAt: clock.minutesAgo(lastChange),
    });
    for (const item of order.items) {
      itemRows.push({ id: item.id, orderId: order.id, productId: item.product.id, quantity: item.quantity, unitPriceCents: item.unitPriceCents });
    }
    paymentRows.push(...paymentRowsFor(order, clock));
  }
  return { orderRows, itemRows, paymentRows };
}

function itemsTotalCents(order: Pick<OrderRecord, "items">): number {
  return order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
}

function draftOrder(rng: Rng, customerTickets: readonly ShopCustomerRow[], products: readonly ProductRow[]) {
  const id = deterministicUuid(rng);
  const customer = rng.pick(customerTickets);
  const state = rng.weighted(STATE_WEIGHTS);
  const currency = CURRENCY_BY_COUNTRY[customer.country];
  const method = pickShippingMethod(customer, rng);
  const rate = shippingRateFor(customer.country, method);
  if (!rate) throw new Error(`no ${method} rate for ${customer.country}`);
  const items = pickItems(rng, products, currency);
  const itemsCents = itemsTotalCents({ items });
  const shippingCents = rate.freeAboveCents !== null && itemsCents >= rate.freeAboveCents ? 0 : rate.priceCents;
  const paymentMethod = pickPaymentMethod(customer, state, rng);
  return {
    id,
    customer,
    state,
    currency,
    method,
    rate,
    timeline: planTimeline(state, rate, rng),
    items,
    shippingCents,
    totalCents: itemsCents + shippingCents,
    paymentMethod,
    paymentOutcome: paymentOutcomeFor(state, rng),
    paymentIds: [deterministicUuid(rng), deterministicUuid(rng)],
    cardLast4: paymentMethod === "card" ? rng.digits(4) : null,
  };
}

function pickShippingMethod(customer: ShopCustomerRow, rng: Rng): ShippingMethod {
  const hasPickup = shippingRateFor(customer.country, "pickup") !== undefined;
  return rng.weighted([["standard", 80], ["express", 12], ["pickup", hasPickup ? 8 : 0]] as const);
}

function pickItems(rng: Rng, products: readonly ProductRow[], currency: "EUR" | "GBP"): OrderItemRecord[] {
  const lineCount = rng.weighted([[1, 45], [2, 30], [3, 17], [4, 8]] as const);
  const chosen: ProductRow[] = [];
  while (chosen.length < lineCount) {
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const product = rng.pick(products.filter((p) => p.category === category));
    if (!chosen.includes(product)) chosen.push(product);
  }
  return chosen.map((product) => ({
    id: deterministicUuid(rng),
    product,
    quantity: quantityFor(product.category, rng),
    unitPriceCents: localPriceCents(product.priceCents, currency),
  }));
}

function quantityFor(category: ProductCategory, rng: Rng): number {
  if (category === "coffee-beans" || category === "filters") return rng.weighted([[1, 55], [2, 30], [3, 15]] as const);
  if (category === "chargers" || category === "accessories") return rng.weighted([[1, 85], [2, 15]] as const);
  return 1;
}

// Dutch shoppers pay with iDEAL, Portuguese with MB WAY, Germans like PayPal and bank transfer
// (offered in Germany and Belgium only); cards elsewhere.
function pickPaymentMethod(customer: ShopCustomerRow, state: OrderState, rng: Rng): PaymentMethod {
  const offersBankTransfer = customer.country === "DE" || customer.country === "BE";
  if (state === "pending_payment" && offersBankTransfer && rng.chance(0.5)) return "bank_transfer";
  switch (customer.country) {
    case "NL":
      return rng.weighted([["ideal", 70], ["card", 18], ["paypal", 12]] as const);
    case "PT":
      return rng.weighted([["mbway", 55], ["card", 30], ["paypal", 15]] as const);
    case "DE":
      return rng.weighted([["card", 45], ["paypal", 38], ["bank_transfer", 17]] as const);
    case "BE":
      return rng.weighted([["card", 75], ["paypal", 20], ["bank_transfer", 5]] as const);
    default:
      return rng.weighted([["card", 80], ["paypal", 20]] as const);
  }
}

function paymentOutcomeFor(state: OrderState, rng: Rng): PaymentOutcome {
  switch (state) {
    case "pending_payment":
      return "pending";
    case "cancelled":
      // Either the payment never went through, or it was refunded when the order was cancelled.
      return rng.chance(0.6) ? "failed" : "refunded";
    case "refunded":
      return "refunded";
    default:
      return rng.chance(0.04) ? "captured_after_failure" : "captured";
  }
}

function paymentRowsFor(order: OrderRecord, clock: Clock): (typeof payments.$inferInsert)[] {
  const { timeline } = order;
  const [firstId, secondId] = order.paymentIds;
  if (!firstId || !secondId) throw new Error("payment ids missing");
  const base = { orderId: order.id, method: order.paymentMethod, cardLast4: order.cardLast4, amountCents: order.totalCents };
  switch (order.paymentOutcome) {
    case "pending":
      return [{ ...base, id: firstId, status: "pending", createdAt: clock.minutesAgo(timeline.placed) }];
    case "failed":
      return [{ ...base, id: firstId, status: "failed", createdAt: clock.minutesAgo(timeline.placed - 2) }];
    case "refunded":
      return [{ ...base, id: firstId, status: "refunded", createdAt: clock.minutesAgo(timeline.paid ?? timeline.placed - 3) }];
    case "captured":
      return [{ ...base, id: firstId, status: "captured", createdAt: clock.minutesAgo(timeline.paid ?? timeline.placed) }];
    case "captured_after_failure":
      return [
        { ...base, id: firstId, status: "failed", createdAt: clock.minutesAgo(timeline.placed) },
        { ...base, id: secondId, status: "captured", createdAt: clock.minutesAgo(timeline.paid ?? timeline.placed) },
      ];
  }
}
