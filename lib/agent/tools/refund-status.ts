import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toRefundView, toReturnView } from "./customer-views";
import { factDay, factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { RefundStatusView } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Refunds and returns of one of the verified customer's orders.
export async function refundStatus(input: ToolInput<"refund_status">, ctx: ToolContext): Promise<ToolOutcome<RefundStatusView>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("refund_status", "orders", async () => {
    const status = await ctx.connectors.orders.refundStatus(input.orderNumber);
    if (!status || status.customerId !== who.customerId) return orderNotFound(input.orderNumber);
    const refunds = status.refunds.map(toRefundView);
    const returns = status.returns.map(toReturnView);
    const facts = [
      ...refunds.map((refund) => `Refund of ${factMoney(refund.amountCents, refund.currency)} requested ${factDay(refund.requestedAt)}: ${refund.status}.`),
      ...returns.map((item) => `${item.kind === "exchange" ? "Exchange" : "Return"} started ${factDay(item.createdAt)}: ${item.status.replaceAll("_", " ")}.`),
    ];
    if (facts.length === 0) facts.push(`No refunds or returns for order ${status.orderNumber}.`);
    return succeeded({ orderNumber: status.orderNumber, refunds, returns }, facts);
  });
}
