import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { toSubscriptionView } from "./customer-views";
import { guardConnector } from "./guard-connector";
import { findOwnSubscription, subscriptionNotFound } from "./own-records";
import { subscriptionFact } from "./subscription-facts";
import type { ToolContext } from "./tool-context";
import type { ChangedSubscription } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Pauses one of the verified customer's subscriptions, optionally until a date, once confirmed.
export async function pauseSubscription(input: ToolInput<"pause_subscription">, ctx: ToolContext): Promise<ToolOutcome<ChangedSubscription>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("pause_subscription", "subscriptions", async () => {
    const subscription = await findOwnSubscription(ctx, who.customerId, input.subscriptionReference);
    if (!subscription) return subscriptionNotFound(input.subscriptionReference);
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.subscriptions.pause(subscription.reference, input.until, confirmation.key);
    if (result.ok) {
      if (result.subscription.customerId !== who.customerId) return subscriptionNotFound(input.subscriptionReference);
      const paused = toSubscriptionView(result.subscription);
      return succeeded({ subscription: paused }, [subscriptionFact(paused)]);
    }
    switch (result.reason) {
      case "not_found":
        return subscriptionNotFound(input.subscriptionReference);
      case "not_pausable":
        return failed("not_allowed", `Subscription ${subscription.reference} can't be paused: it is ${result.status}.`);
      case "invalid_date":
        return failed("invalid", `A pause can't end on ${result.until}; please choose a date in the future.`);
      case "pause_too_long":
        return failed("not_allowed", `A subscription can be paused for at most ${result.maxPauseDays} days.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
