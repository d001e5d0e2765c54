import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import type { OrderSummary } from "../schemas";
import { isUuid } from "./map-rows";

// A customer's most recent orders, newest first, with the number of items in each.
export async function findCustomerOrders(db: Db, customerId: string, limit: number): Promise<OrderSummary[]> {
  if (!isUuid(customerId)) return [];
  const rows = await db
    .select({
      order: orders,
      // Qualified by hand: drizzle writes a bare "id" in a single-table select, which inside the
      // subquery would mean order_items.id and count nothing.
      itemCount: sql<number>`coalesce((select sum(i.quantity) from order_items i where i.order_id = ${orders}.id), 0)::int`,
    })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .orderBy(desc(orders.placedAt), desc(orders.number))
    .limit(limit);
  return rows.map(({ order, itemCount }) => ({
    orderNumber: order.number,
    customerId: order.customerId,
    state: order.state,
    currency: order.currency,
    totalCents: order.totalCents,
    itemCount: Number(itemCount),
    placedAt: order.placedAt.toISOString(),
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
  }));
}
