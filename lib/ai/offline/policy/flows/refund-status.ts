import { refundStatusViewSchema } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { formatDay, formatMoney } from "../locale-format";
import { settleOrder } from "../order-number-step";
import { choiceId } from "../reply-choice";
import type { OfflineStep } from "../types";

// "Where is my refund?": which order → who → the refunds and returns on it, line by line.
export function refundStatusFlow(ctx: FlowContext): OfflineStep {
  const orderNumber = settleOrder(ctx);
  if (typeof orderNumber !== "string") return orderNumber;
  const { phrases, lang } = ctx;

  const looked = latestResult(ctx, "refund_status", { orderNumber });
  if (!looked) return callTools({ toolName: "refund_status", input: { orderNumber } });
  const status = resultData(looked, refundStatusViewSchema);
  if (!status) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });

  if (status.refunds.length === 0 && status.returns.length === 0) {
    return reply(ctx, phrases.noRefund(orderNumber), {
      buttons: [{ id: choiceId("intent", "refund_request"), title: phrases.intentTitles.refund_request }, talkToPersonButton(ctx)],
      endFlow: true,
    });
  }
  const lines = [
    phrases.refundOverview(orderNumber),
    ...status.refunds.map((refund) => phrases.refundLine(formatMoney(refund.amountCents, refund.currency, lang), formatDay(refund.requestedAt, lang), phrases.refundStatuses[refund.status])),
    ...status.returns.map((item) => phrases.returnLine(item.kind, formatDay(item.createdAt, lang), phrases.returnStatuses[item.status])),
  ];
  return reply(ctx, lines.join("\n"), { endFlow: true });
}
