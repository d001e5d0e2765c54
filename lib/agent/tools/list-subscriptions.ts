import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toSubscriptionView } from "./customer-views";
import { guardConnector } from "./guard-connector";
import { subscriptionFact } from "./subscription-facts";
import type { ToolContext } from "./tool-context";
import type { SubscriptionList } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// The verified customer's subscriptions.
export async function listSubscriptions(_input: ToolInput<"list_subscriptions">, ctx: ToolContext): Promise<ToolOutcome<SubscriptionList>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("list_subscriptions", "subscriptions", async () => {
    const found = await ctx.connectors.subscriptions.listSubscriptions(who.customerId);
    const subscriptions = found.filter((subscription) => subscription.customerId === who.customerId).map(toSubscriptionView);
    const facts = subscriptions.length === 0 ? ["No subscriptions on this account."] : subscriptions.map(subscriptionFact);
    return succeeded({ subscriptions }, facts);
  });
}
