import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orders, refunds, returns } from "@/lib/db/schema";
import type { RefundStatus } from "../schemas";
import { toRefund, toReturn } from "./map-rows";

// Where the money and the parcels going back stand for one order, oldest first. Returns are part of
// the answer because "where is my refund?" usually means "you have my parcel, where is my money?".
export async function loadRefundStatus(db: Db, orderNumber: string): Promise<RefundStatus | null> {
  const [order] = await db.select().from(orders).where(eq(orders.number, orderNumber)).limit(1);
  if (!order) return null;
  const refundRows = await db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.createdAt));
  const returnRows = await db.select().from(returns).where(eq(returns.orderId, order.id)).orderBy(asc(returns.createdAt));
  return {
    orderNumber: order.number,
    customerId: order.customerId,
    refunds: refundRows.map((row) => toRefund(row, order.currency)),
    returns: returnRows.map(toReturn),
  };
}
