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

// Resumes one of the verified customer's paused subscriptions, once confirmed.
export async function resumeSubscription(input: ToolInput<"resume_subscription">, ctx: ToolContext): Promise<ToolOutcome<ChangedSubscription>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("resume_subscription", "subscriptions", async () => {
    const subscription = await findOwnSubscription(ctx, who.customerId, input.subscriptionReference);
    if (!subscription) return subscriptionNotFound(input.subscriptionReference);
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.subscriptions.resume(subscription.reference, confirmation.key);
    if (result.ok) {
      if (result.subscription.customerId !== who.customerId) return subscriptionNotFound(input.subscriptionReference);
      const resumed = toSubscriptionView(result.subscription);
      return succeeded({ subscription: resumed }, [subscriptionFact(resumed)]);
    }
    switch (result.reason) {
      case "not_found":
        return subscriptionNotFound(input.subscriptionReference);
      case "not_resumable":
        return failed("not_allowed", `Subscription ${subscription.reference} can't be resumed: it is ${result.status}.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
