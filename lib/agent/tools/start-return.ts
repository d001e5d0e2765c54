import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { toReturnView } from "./customer-views";
import { factDay } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { StartedReturn } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

const MS_PER_DAY = 86_400_000;

// Starts a return or exchange for one of the verified customer's delivered orders within the return
// window, once confirmed; the connector issues the return label.
export async function startReturn(input: ToolInput<"start_return">, ctx: ToolContext): Promise<ToolOutcome<StartedReturn>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("start_return", "orders", async () => {
    const order = await findOwnOrder(ctx, who.customerId, input.orderNumber);
    if (!order) return orderNotFound(input.orderNumber);
    // "returned" means a return is already under way: passed on so a retry with the same key gets its
    // first result back from the connector (a new key is refused there).
    if (order.state !== "returned") {
      if (order.state !== "delivered" || order.deliveredAt === null) {
        return failed("not_allowed", `A return can only be started once an order is delivered; order ${order.orderNumber} is ${orderStateWords(order.state)}.`);
      }
      const windowEnds = new Date(Date.parse(order.deliveredAt) + ctx.policy.returnWindowDays * MS_PER_DAY);
      if (ctx.now > windowEnds) {
        return failed(
          "not_allowed",
          `Order ${order.orderNumber} was delivered on ${factDay(order.deliveredAt)}, more than ${ctx.policy.returnWindowDays} days ago, so the return window has closed.`,
          [`Delivered on ${factDay(order.deliveredAt)}; the ${ctx.policy.returnWindowDays}-day return window ended on ${factDay(windowEnds.toISOString())}.`],
        );
      }
    }
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.orders.startReturn(order.orderNumber, { kind: input.kind, reason: input.reason }, confirmation.key);
    if (result.ok) {
      if (result.customerId !== who.customerId) return orderNotFound(input.orderNumber);
      const started = toReturnView(result.return);
      const label = started.labelUrl ? ` Return label: ${started.labelUrl}` : "";
      return succeeded({ orderNumber: result.orderNumber, return: started }, [`${input.kind === "exchange" ? "Exchange" : "Return"} started for order ${result.orderNumber}.${label}`]);
    }
    switch (result.reason) {
      case "not_found":
        return orderNotFound(input.orderNumber);
      case "not_returnable":
        return failed("not_allowed", `A return can't be started for order ${order.orderNumber}: it is ${orderStateWords(result.state)}.`);
      case "outside_return_window":
        return failed("not_allowed", `Order ${order.orderNumber} was delivered on ${factDay(result.deliveredAt)}, outside the ${result.returnWindowDays}-day return window.`);
      case "invalid_items":
        return failed("invalid", `Those items can't be returned from order ${order.orderNumber}: ${result.detail}.`);
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
