import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { payments, refunds } from "@/lib/db/schema";

// How much of an order's money can still go back: what was captured (payments later marked
// refunded were captured first) minus every refund that is not rejected, open requests included,
// so two requests cannot together return more than was paid.
export async function refundableAmount(db: Db, orderId: string): Promise<{ capturedCents: number; refundableCents: number }> {
  const [captured] = await db
    .select({ cents: sql<number>`coalesce(sum(${payments.amountCents}), 0)::int` })
    .from(payments)
    .where(and(eq(payments.orderId, orderId), inArray(payments.status, ["captured", "refunded"])));
  const [refunded] = await db
    .select({ cents: sql<number>`coalesce(sum(${refunds.amountCents}), 0)::int` })
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), ne(refunds.status, "rejected")));
  const capturedCents = Number(captured?.cents ?? 0);
  return { capturedCents, refundableCents: Math.max(0, capturedCents - Number(refunded?.cents ?? 0)) };
}
