import { factDay, factMoney } from "./fact-format";
import type { SubscriptionView } from "./tool-data";

export function subscriptionFact(subscription: SubscriptionView): string {
  const next = subscription.nextBillingOn ? `, next billing ${factDay(subscription.nextBillingOn)}` : "";
  const paused = subscription.pausedUntil ? `, paused until ${factDay(subscription.pausedUntil)}` : "";
  return `Subscription ${subscription.reference}: ${subscription.plan}, ${subscription.status}, ${factMoney(subscription.priceCents, subscription.currency)}${next}${paused}.`;
}
