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

// Moves one of the verified customer's subscriptions to another plan, once confirmed.
export async function changeSubscriptionPlan(input: ToolInput<"change_subscription_plan">, ctx: ToolContext): Promise<ToolOutcome<ChangedSubscription>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("change_subscription_plan", "subscriptions", async () => {
    const subscription = await findOwnSubscription(ctx, who.customerId, input.subscriptionReference);
    if (!subscription) return subscriptionNotFound(input.subscriptionReference);
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.subscriptions.changePlan(subscription.reference, input.plan, confirmation.key);
    if (result.ok) {
      if (result.subscription.customerId !== who.customerId) return subscriptionNotFound(input.subscriptionReference);
      const changed = toSubscriptionView(result.subscription);
      return succeeded({ subscription: changed }, [subscriptionFact(changed)]);
    }
    switch (result.reason) {
      case "not_found":
        return subscriptionNotFound(input.subscriptionReference);
      case "unknown_plan":
        return failed("invalid", `${input.plan} is not a plan we offer; the plans are ${result.plans.join(", ")}.`);
      case "not_changeable":
        return failed("not_allowed", `Subscription ${subscription.reference} can't change plan: it is ${result.status}.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
