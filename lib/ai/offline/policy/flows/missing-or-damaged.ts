import { orderViewSchema, startedReturnSchema, trackingViewSchema, type OrderListItem } from "@/lib/agent/tools/tool-data";
import { EXCHANGE_CUES, mentionsInAnyLanguage, REFUND_CUES } from "../cue-words";
import { describeOrder } from "../describe-order";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { handOver } from "../hand-over";
import { formatDay, shopDay } from "../locale-format";
import { settleOrder } from "../order-number-step";
import { RETURN_REASONS } from "../reason-words";
import { choiceId } from "../reply-choice";
import type { OfflineStep } from "../types";

const SENT: ReadonlySet<OrderListItem["state"]> = new Set(["shipped", "delivered"]);
const ON_ITS_WAY = new Set(["label_created", "in_transit", "out_for_delivery"]);

// Missing, damaged or wrong: which order → who → what happened (one tap) → order and tracking →
//   not arrived and still on time: where it is;  not arrived otherwise, or something missing from the
//   box: a person with all the facts (carrier investigations and replacements are their call);
//   damaged or wrong: replacement or refund (one tap) → start_return (confirmed by the runner).
export function missingOrDamagedFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx, (order) => SENT.has(order.state));
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases, lang } = ctx;

  const started = resultData(latestResult(ctx, "start_return", { orderNumber }), startedReturnSchema);
  if (started) return reply(ctx, phrases.returnStarted(orderNumber, started.return.kind, started.return.labelUrl), { endFlow: true });

  const problem = ctx.slots.problem;
  if (problem !== "not_received" && problem !== "damaged" && problem !== "wrong_item" && problem !== "missing_item") {
    const buttons = (["not_received", "damaged", "wrong_item"] as const).map((code) => ({ id: choiceId("problem", code), title: phrases.problemTitles[code] }));
    return reply(ctx, phrases.askProblem, { buttons, awaiting: "problem" });
  }

  const order = resultData(latestResult(ctx, "get_order", { orderNumber }), orderViewSchema);
  const tracking = resultData(latestResult(ctx, "track_shipment", { orderNumber }), trackingViewSchema);
  if (!order || !tracking) return callTools({ toolName: "get_order", input: { orderNumber } }, { toolName: "track_shipment", input: { orderNumber } });

  if (problem === "not_received") {
    const shipment = tracking.shipments.at(-1);
    const today = shopDay(ctx.input.now);
    const onTime = shipment !== undefined && ON_ITS_WAY.has(shipment.status) && (shipment.estimatedDelivery === null || shipment.estimatedDelivery >= today);
    if (order.state === "shipped" && onTime) {
      const expected = shipment.estimatedDelivery ? formatDay(shipment.estimatedDelivery, lang) : null;
      return reply(ctx, `${phrases.stillOnTheWay(orderNumber, expected)}\n\n${describeOrder(ctx, order, tracking.shipments)}`, {
        buttons: [talkToPersonButton(ctx)],
        endFlow: true,
      });
    }
    return handOver(ctx, "rule_matched", `Parcel for order ${orderNumber} not received (order ${order.state}, shipment ${shipment?.status ?? "none"})`);
  }
  if (problem === "missing_item" || order.state !== "delivered") {
    return handOver(ctx, "rule_matched", `Order ${orderNumber}: ${problem.replace("_", " ")} reported (order ${order.state})`);
  }

  const text = ctx.input.customerText;
  const resolution =
    ctx.slots.resolution === "exchange" || ctx.slots.resolution === "return"
      ? ctx.slots.resolution
      : ctx.input.state.awaiting === "resolution" && mentionsInAnyLanguage(text, EXCHANGE_CUES)
        ? "exchange"
        : ctx.input.state.awaiting === "resolution" && mentionsInAnyLanguage(text, REFUND_CUES)
          ? "return"
          : null;
  if (!resolution) {
    const buttons = [
      { id: choiceId("resolution", "exchange"), title: phrases.resolutionTitles.exchange },
      { id: choiceId("resolution", "return"), title: phrases.resolutionTitles.return },
      talkToPersonButton(ctx),
    ];
    return reply(ctx, phrases.askResolution, { buttons, awaiting: "resolution" });
  }
  const reason = problem === "damaged" ? RETURN_REASONS.faulty : RETURN_REASONS.wrong_item;
  return callTools({ toolName: "start_return", input: { orderNumber, kind: resolution, reason } });
}
