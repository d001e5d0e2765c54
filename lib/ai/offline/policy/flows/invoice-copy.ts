import { invoiceCopySchema } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { identityStep } from "../identity-step";
import { formatDay, formatMoney } from "../locale-format";
import { settleOrder } from "../order-number-step";
import type { OfflineStep } from "../types";

// Invoice copy: by invoice number when given, else which order → who → the link to the copy.
export function invoiceCopyFlow(ctx: FlowContext): OfflineStep {
  const { invoiceNumber } = ctx.slots;
  let reference: { invoiceNumber: string } | { orderNumber: string };
  if (invoiceNumber) {
    const identity = identityStep(ctx, ctx.slots.orderNumber ? "order" : "email");
    if (identity) return identity;
    reference = { invoiceNumber };
  } else {
    const orderNumber = settleOrder(ctx, (order) => order.state !== "pending_payment");
    if (typeof orderNumber !== "string") return orderNumber;
    reference = { orderNumber };
  }

  const looked = latestResult(ctx, "send_invoice_copy", reference);
  if (!looked) return callTools({ toolName: "send_invoice_copy", input: reference });
  const copy = resultData(looked, invoiceCopySchema);
  if (!copy) return reply(ctx, ctx.phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });
  const { phrases, lang } = ctx;
  return reply(ctx, phrases.invoiceCopy(copy.invoiceNumber, formatMoney(copy.amountCents, copy.currency, lang), formatDay(copy.issuedAt, lang), copy.url), { endFlow: true });
}
