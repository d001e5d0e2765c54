import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toOrderListItem } from "./customer-views";
import { guardConnector } from "./guard-connector";
import { orderSummaryFact } from "./order-facts";
import type { ToolContext } from "./tool-context";
import type { OrderList } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// The verified customer's most recent orders, newest first.
export async function listOrders(input: ToolInput<"list_orders">, ctx: ToolContext): Promise<ToolOutcome<OrderList>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("list_orders", "orders", async () => {
    const found = await ctx.connectors.orders.findCustomerOrders(who.customerId, input.limit);
    // A connector answering with someone else's order is a bug there; it must not become a leak here.
    const orders = found.filter((order) => order.customerId === who.customerId).slice(0, input.limit).map(toOrderListItem);
    const facts = orders.length === 0 ? ["No orders on this account."] : orders.map(orderSummaryFact);
    return succeeded({ orders }, facts);
  });
}
