import { orderViewSchema, trackingViewSchema } from "@/lib/agent/tools/tool-data";
import { describeOrder, hasShipmentTrouble } from "../describe-order";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { settleOrder } from "../order-number-step";
import type { OfflineStep } from "../types";

// "Where is my order?": which order → who is asking → look it up and track it → say where it is.
export function orderStatusFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx);
  if (typeof orderNumber !== "string") return orderNumber;
  const order = resultData(latestResult(ctx, "get_order", { orderNumber }), orderViewSchema);
  const tracking = resultData(latestResult(ctx, "track_shipment", { orderNumber }), trackingViewSchema);
  if (!order || !tracking) {
    return callTools({ toolName: "get_order", input: { orderNumber } }, { toolName: "track_shipment", input: { orderNumber } });
  }
  // A lost or returned parcel needs a person; the offer comes with the news.
  const trouble = hasShipmentTrouble(tracking.shipments);
  return reply(ctx, describeOrder(ctx, order, tracking.shipments), trouble ? { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer" } : {});
}
