import type { InvoiceReference } from "@/lib/agent/connectors/schemas";
import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { factDay, factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { orderStateWords } from "./order-state-words";
import { findOwnOrder, orderNotFound } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { InvoiceCopy } from "./tool-data";
import { failed, succeeded, type ToolFailure, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// A link to a copy of one of the verified customer's invoices, by order or invoice number. Sending
// the link is the reply's job; nothing is e-mailed from here.
export async function sendInvoiceCopy(input: ToolInput<"send_invoice_copy">, ctx: ToolContext): Promise<ToolOutcome<InvoiceCopy>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  const { orderNumber, invoiceNumber } = input;
  if (!orderNumber && !invoiceNumber) return failed("invalid", "Which invoice do you need? Please send the order number (SO-…) or the invoice number (INV-…).");
  const missing = (): ToolFailure => (invoiceNumber ? failed("not_found", `I couldn't find invoice ${invoiceNumber} on your account.`) : orderNotFound(orderNumber ?? ""));

  return guardConnector("send_invoice_copy", "invoices", async () => {
    if (orderNumber && !(await findOwnOrder(ctx, who.customerId, orderNumber))) return orderNotFound(orderNumber);
    const reference: InvoiceReference = invoiceNumber ? { invoiceNumber } : { orderNumber: orderNumber ?? "" };
    const result = await ctx.connectors.orders.sendInvoiceCopy(reference);
    if (result.ok) {
      const belongs = result.customerId === who.customerId && (!orderNumber || !invoiceNumber || result.orderNumber === orderNumber);
      if (!belongs) return missing();
      const copy = { invoiceNumber: result.invoiceNumber, orderNumber: result.orderNumber, amountCents: result.amountCents, currency: result.currency, issuedAt: result.issuedAt, url: result.url };
      const forOrder = copy.orderNumber ? ` for order ${copy.orderNumber}` : "";
      return succeeded(copy, [`Invoice ${copy.invoiceNumber}${forOrder}, ${factMoney(copy.amountCents, copy.currency)}, issued ${factDay(copy.issuedAt)}: ${copy.url}`]);
    }
    switch (result.reason) {
      case "not_found":
        return missing();
      case "no_invoice":
        return failed("not_allowed", `There is no invoice for ${orderNumber ?? "this order"} yet: it is ${orderStateWords(result.state)}.`);
    }
  });
}
