import { orderViewSchema, requestedRefundSchema, type OrderListItem } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { formatMoney } from "../locale-format";
import { settleOrder } from "../order-number-step";
import { returnReasonOf } from "../reason-words";
import type { OfflineStep } from "../types";

const PAID: ReadonlySet<OrderListItem["state"]> = new Set(["paid", "processing", "shipped", "delivered", "returned"]);
const DEFAULT_REASON = "Customer asked for a refund on WhatsApp";

// Money back: which order → who → the order (for its total) → the refund request, for the amount
// named or the whole order. The runner asks for confirmation; the tool sends anything above the
// automatic limit to a person, which the outcome handling turns into a handoff.
export function refundRequestFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx, (order) => PAID.has(order.state));
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases, lang } = ctx;

  const requested = resultData(latestResult(ctx, "request_refund", { orderNumber }), requestedRefundSchema);
  if (requested) {
    return reply(ctx, phrases.refundRequested(orderNumber, formatMoney(requested.refund.amountCents, requested.refund.currency, lang)), { endFlow: true });
  }

  const looked = latestResult(ctx, "get_order", { orderNumber });
  if (!looked) return callTools({ toolName: "get_order", input: { orderNumber } });
  const order = resultData(looked, orderViewSchema);
  if (!order) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });

  const named = Number(ctx.slots.amountCents);
  const amountCents = Number.isInteger(named) && named > 0 && named <= order.totalCents ? named : undefined;
  const reason = returnReasonOf(ctx.slots) ?? DEFAULT_REASON;
  return callTools({ toolName: "request_refund", input: { orderNumber, reason, ...(amountCents !== undefined ? { amountCents } : {}) } });
}
