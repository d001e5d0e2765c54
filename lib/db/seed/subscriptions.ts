import type { SUBSCRIPTION_PLANS, subscriptions } from "@/lib/db/schema";
import { DAY, type Clock } from "./clock";
import type { ShopCustomerRow } from "./customers";
import { deterministicUuid, type Rng } from "./random";

// Coffee, filter and care-plan subscriptions with their billing history. Periods are fixed numbers
// of days so the number of past billings never depends on which month `now` falls in.

export type SubscriptionPlan = (typeof SUBSCRIPTION_PLANS)[number];

export const SUBSCRIPTION_PLAN_DETAILS: Record<SubscriptionPlan, { priceCents: number; periodDays: number; description: string }> = {
  "coffee-monthly": { priceCents: 2490, periodDays: 30, description: "1 kg of House Blend espresso beans every 30 days" },
  "coffee-biweekly": { priceCents: 1450, periodDays: 14, description: "500 g of a rotating single-origin coffee every 14 days" },
  "filters-quarterly": { priceCents: 2995, periodDays: 91, description: "3 water filter cartridges every 3 months" },
  "care-plus": { priceCents: 999, periodDays: 30, description: "Care Plus: extended warranty, free yearly machine service and 10% off parts, billed monthly" },
};

const SUBSCRIPTION_COUNT = 150;
const FIRST_REFERENCE = 10001;

export type SubscriptionRecord = {
  id: string;
  reference: string;
  customer: ShopCustomerRow;
  plan: SubscriptionPlan;
  status: "active" | "paused" | "cancelled";
  priceCents: number;
  nextBillingOn: string | null;
  pausedUntil: string | null;
  // Minutes before now at which each period was billed, oldest first.
  billedAt: number[];
  // When the subscription was paused or cancelled (0 while active).
  stoppedMinutesAgo: number;
};

export function buildSubscriptions(rng: Rng, clock: Clock, customers: readonly ShopCustomerRow[]): SubscriptionRecord[] {
  const subscribers = rng.shuffle(customers).slice(0, SUBSCRIPTION_COUNT);
  return subscribers.map((customer, index) => {
    const plan = rng.weighted([["coffee-monthly", 40], ["coffee-biweekly", 25], ["filters-quarterly", 20], ["care-plus", 15]] as const);
    const { priceCents, periodDays } = SUBSCRIPTION_PLAN_DETAILS[plan];
    const period = periodDays * DAY;
    const status = rng.weighted([["active", 70], ["paused", 15], ["cancelled", 15]] as const);
    const created = rng.int(20 * DAY, 420 * DAY);
    // Billing stops when a subscription is paused or cancelled. Pauses are recent enough that
    // pause plus remaining pause stays within the three months the policy allows.
    const stopped = status === "active" ? 0 : rng.int(DAY, Math.min(created - DAY, status === "paused" ? 30 * DAY : 90 * DAY));
    const billedAt: number[] = [];
    for (let moment = created; moment >= stopped; moment -= period) billedAt.push(moment);
    const lastBilled = billedAt[billedAt.length - 1] ?? created;
    const pausedUntil = status === "paused" ? clock.dateInDays(rng.int(7, 60)) : null;
    return {
      id: deterministicUuid(rng),
      reference: `SUB-${FIRST_REFERENCE + index}`,
      customer,
      plan,
      status,
      priceCents,
      nextBillingOn: status === "active" ? clock.dateOfMinutesAgo(lastBilled - period) : pausedUntil,
      pausedUntil,
      billedAt,
      stoppedMinutesAgo: stopped,
    };
  });
}

export function buildSubscriptionRows(records: readonly SubscriptionRecord[], clock: Clock): (typeof subscriptions.$inferInsert)[] {
  return records.map((record) => ({
    id: record.id,
    reference: record.reference,
    customerId: record.customer.id,
    plan: record.plan,
    status: record.status,
    priceCents: record.priceCents,
    nextBillingOn: record.nextBillingOn,
    pausedUntil: record.pausedUntil,
    createdAt: clock.minutesAgo(record.billedAt[0] ?? 0),
  }));
}
