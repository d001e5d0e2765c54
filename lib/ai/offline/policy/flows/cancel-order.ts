import type { OrderListItem } from "@/lib/agent/tools/tool-data";
import { cancelledOrderSchema, orderViewSchema } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { formatDay, formatMoney } from "../locale-format";
import { settleOrder } from "../order-number-step";
import { choiceId } from "../reply-choice";
import type { OfflineStep } from "../types";

const NOT_YET_SHIPPED: ReadonlySet<OrderListItem["state"]> = new Set(["pending_payment", "paid", "processing"]);

// Cancel: which order → who → its state → the cancel call (which the runner turns into a
// confirmation) → the outcome. Shipped or delivered orders get the honest "too late" and the way on.
export function cancelOrderFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx, (order) => NOT_YET_SHIPPED.has(order.state));
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases, lang } = ctx;

  const cancelled = resultData(latestResult(ctx, "cancel_order", { orderNumber }), cancelledOrderSchema);
  if (cancelled) {
    const refund = cancelled.refund ? formatMoney(cancelled.refund.amountCents, cancelled.refund.currency, lang) : null;
    return reply(ctx, phrases.cancelled(orderNumber, refund), { endFlow: true });
  }

  const looked = latestResult(ctx, "get_order", { orderNumber });
  if (!looked) return callTools({ toolName: "get_order", input: { orderNumber } });
  const order = resultData(looked, orderViewSchema);
  if (!order) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });

  switch (order.state) {
    case "pending_payment":
    case "paid":
    case "processing":
      return callTools({ toolName: "cancel_order", input: { orderNumber, reason: "customer request" } });
    case "shipped":
      return reply(ctx, phrases.cannotCancelShipped(orderNumber), { buttons: [talkToPersonButton(ctx)], endFlow: true });
    case "delivered":
      return reply(ctx, phrases.cannotCancelDelivered(orderNumber, order.deliveredAt ? formatDay(order.deliveredAt, lang) : "—"), {
        buttons: [{ id: choiceId("intent", "return_or_exchange"), title: phrases.returnInstead }, talkToPersonButton(ctx)],
        endFlow: true,
      });
    case "cancelled":
      return reply(ctx, phrases.alreadyCancelled(orderNumber), { endFlow: true });
    case "returned":
    case "refunded":
      return reply(ctx, phrases.cannotCancelState(orderNumber, phrases.orderStates[order.state]), { endFlow: true });
  }
}
