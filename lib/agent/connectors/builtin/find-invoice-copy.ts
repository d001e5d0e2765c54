import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { invoices, orders } from "@/lib/db/schema";
import type { InvoiceCopyResult, InvoiceReference } from "../schemas";
import { SUBSCRIPTION_CURRENCY } from "./map-rows";
import { normalizeOrderNumber } from "./normalize-identifiers";

type InvoiceRow = typeof invoices.$inferSelect;

// Finds an invoice by its own number or by its order's, and returns a link to the PDF copy.
export async function findInvoiceCopy(db: Db, reference: InvoiceReference, invoiceBaseUrl: string): Promise<InvoiceCopyResult> {
  if ("invoiceNumber" in reference) {
    const [row] = await db
      .select({ invoice: invoices, orderNumber: orders.number, orderCurrency: orders.currency })
      .from(invoices)
      .leftJoin(orders, eq(orders.id, invoices.orderId))
      .where(eq(invoices.number, reference.invoiceNumber.trim().toUpperCase()))
      .limit(1);
    if (!row) return { ok: false, reason: "not_found" };
    return copyOf(row.invoice, row.orderNumber, row.orderCurrency ?? SUBSCRIPTION_CURRENCY, invoiceBaseUrl);
  }
  const [order] = await db.select().from(orders).where(eq(orders.number, normalizeOrderNumber(reference.orderNumber))).limit(1);
  if (!order) return { ok: false, reason: "not_found" };
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, order.id)).orderBy(desc(invoices.issuedAt)).limit(1);
  if (!invoice) return { ok: false, reason: "no_invoice", state: order.state };
  return copyOf(invoice, order.number, order.currency, invoiceBaseUrl);
}

function copyOf(invoice: InvoiceRow, orderNumber: string | null, currency: string, invoiceBaseUrl: string): InvoiceCopyResult {
  return {
    ok: true,
    invoiceNumber: invoice.number,
    customerId: invoice.customerId,
    orderNumber,
    amountCents: invoice.amountCents,
    currency,
    issuedAt: invoice.issuedAt.toISOString(),
    url: `${invoiceBaseUrl}/${encodeURIComponent(invoice.number)}.pdf`,
  };
}
