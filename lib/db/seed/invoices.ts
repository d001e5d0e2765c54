import type { invoices } from "@/lib/db/schema";
import type { Clock } from "./clock";
import type { OrderRecord } from "./orders";
import { deterministicUuid, type Rng } from "./random";
import type { SubscriptionRecord } from "./subscriptions";

// One invoice per paid order and per billed subscription period, numbered in the order they were issued.

const FIRST_INVOICE_NUMBER = 100001;

type InvoiceDraft = { id: string; orderId: string | null; subscriptionId: string | null; customerId: string; amountCents: number; issued: number };

export function buildInvoices(rng: Rng, clock: Clock, orderRecords: readonly OrderRecord[], subscriptionRecords: readonly SubscriptionRecord[]) {
  const drafts: InvoiceDraft[] = [];
  for (const order of orderRecords) {
    if (order.state === "pending_payment" || order.state === "cancelled" || order.timeline.paid === undefined) continue;
    drafts.push({ id: deterministicUuid(rng), orderId: order.id, subscriptionId: null, customerId: order.customer.id, amountCents: order.totalCents, issued: order.timeline.paid });
  }
  for (const subscription of subscriptionRecords) {
    for (const billed of subscription.billedAt) {
      drafts.push({ id: deterministicUuid(rng), orderId: null, subscriptionId: subscription.id, customerId: subscription.customer.id, amountCents: subscription.priceCents, issued: billed });
    }
  }
  // Stable sort: invoices issued in the same minute keep their generation order.
  drafts.sort((a, b) => b.issued - a.issued);
  const rows: (typeof invoices.$inferInsert)[] = drafts.map((draft, position) => ({
    id: draft.id,
    number: `INV-${FIRST_INVOICE_NUMBER + position}`,
    orderId: draft.orderId,
    subscriptionId: draft.subscriptionId,
    customerId: draft.customerId,
    amountCents: draft.amountCents,
    issuedAt: clock.minutesAgo(draft.issued),
  }));
  const numberByOrderId = new Map(rows.flatMap((row) => (row.orderId ? [[row.orderId, row.number] as const] : [])));
  return { invoiceRows: rows, numberByOrderId };
}
