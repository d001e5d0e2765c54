import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toOrderView } from "./customer-views";
import { guardConnector } from "./guard-connector";
import { orderFacts } from "./order-facts";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { OrderView } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// One of the verified customer's orders: state, items, payment summary, masked address, shipments.
export async function getOrder(input: ToolInput<"get_order">, ctx: ToolContext): Promise<ToolOutcome<OrderView>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("get_order", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    const view = toOrderView(order);
    return succeeded(view, orderFacts(view));
  });
}
