import { orderListSchema, type OrderListItem } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, type FlowContext } from "./flow-context";
import { identityStep } from "./identity-step";
import { formatDay, formatMoney } from "./locale-format";
import { choiceId, readOptionNumber } from "./reply-choice";
import type { OfflineStep } from "./types";

const RECENT_ORDERS = 5;

// Settles which order the request is about. A verified customer is never asked to type a number:
// with one (relevant) order it is taken, with several they pick from a list. Anyone else is asked
// for the number, which then also serves to check who they are.
export function orderNumberStep(ctx: FlowContext, relevant?: (order: OrderListItem) => boolean): OfflineStep | null {
  if (ctx.slots.orderNumber) return null;
  if (!ctx.verified) {
    if (ctx.slots.email) return identityStep(ctx, "order");
    return reply(ctx, ctx.phrases.askOrderNumber, { awaiting: "order_number" });
  }

  const listed = latestResult(ctx, "list_orders");
  if (!listed) return callTools({ toolName: "list_orders", input: { limit: RECENT_ORDERS } });
  const orders = resultData(listed, orderListSchema)?.orders ?? [];
  const preferred = relevant ? orders.filter(relevant) : orders;
  const candidates = preferred.length > 0 ? preferred : orders;
  if (candidates.length === 0) return reply(ctx, `${ctx.phrases.noOrders} ${ctx.phrases.anythingElse}`, { endFlow: true });

  const picked = ctx.input.state.awaiting === "order_number" ? readOptionNumber(ctx.input.customerText) : null;
  const chosen = candidates.length === 1 ? candidates[0] : picked !== null ? candidates[picked - 1] : undefined;
  if (chosen) {
    ctx.slots.orderNumber = chosen.orderNumber;
    return null;
  }
  const { phrases, lang } = ctx;
  return reply(ctx, phrases.chooseOrder, {
    awaiting: "order_number",
    list: {
      buttonLabel: phrases.chooseButton,
      rows: candidates.map((order) => ({
        id: choiceId("order", order.orderNumber),
        title: order.orderNumber,
        description: phrases.orderRow(formatDay(order.placedAt, lang), phrases.orderStates[order.state], formatMoney(order.totalCents, order.currency, lang)),
      })),
    },
  });
}

// The order the request is about, once known and once the customer is verified; otherwise the step
// that gets there (a list to pick from, a question, an identity check).
export function settleOrder(ctx: FlowContext, relevant?: (order: OrderListItem) => boolean): OfflineStep | string {
  const step = orderNumberStep(ctx, relevant) ?? identityStep(ctx, "order");
  if (step) return step;
  return ctx.slots.orderNumber ?? reply(ctx, ctx.phrases.askOrderNumber, { awaiting: "order_number" });
}
