import { orderViewSchema, startedReturnSchema } from "@/lib/agent/tools/tool-data";
import { maskSensitive } from "../../nlu/masking";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { settleOrder } from "../order-number-step";
import { RETURN_REASONS, returnReasonOf } from "../reason-words";
import { choiceId } from "../reply-choice";
import type { OfflineStep } from "../types";

const MAX_REASON = 300;

// Return or exchange: which (delivered) order → who → delivered? → why (one tap) → the start_return
// call (confirmed by the runner) → the label.
export function returnOrExchangeFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx, (order) => order.state === "delivered");
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases } = ctx;

  const started = resultData(latestResult(ctx, "start_return", { orderNumber }), startedReturnSchema);
  if (started) return reply(ctx, phrases.returnStarted(orderNumber, started.return.kind, started.return.labelUrl), { endFlow: true });

  const looked = latestResult(ctx, "get_order", { orderNumber });
  if (!looked) return callTools({ toolName: "get_order", input: { orderNumber } });
  const order = resultData(looked, orderViewSchema);
  if (!order) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });
  if (order.state === "returned") return reply(ctx, phrases.returnAlreadyStarted(orderNumber), { endFlow: true });
  if (order.state !== "delivered") return reply(ctx, phrases.notDeliveredYet(orderNumber, phrases.orderStates[order.state]), { endFlow: true });

  // The answer to "why?" is taken in the customer's own words, minus any card number, e-mail or phone
  // number in them: the warehouse needs the reason, never those.
  if (!ctx.slots.returnReason && ctx.input.state.awaiting === "return_reason") {
    ctx.slots.returnReason = maskSensitive(ctx.input.customerText.trim()).text.slice(0, MAX_REASON);
  }
  const reason = returnReasonOf(ctx.slots);
  if (!reason) {
    const buttons = (Object.keys(RETURN_REASONS) as (keyof typeof RETURN_REASONS)[]).map((code) => ({ id: choiceId("reason", code), title: phrases.returnReasonTitles[code] }));
    return reply(ctx, phrases.askReturnReason(orderNumber), { buttons, awaiting: "return_reason" });
  }
  const kind = ctx.slots.returnKind === "exchange" ? "exchange" : "return";
  return callTools({ toolName: "start_return", input: { orderNumber, kind, reason } });
}
