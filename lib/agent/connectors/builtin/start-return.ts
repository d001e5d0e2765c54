import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orderItems, orders, products, returns, type Order } from "@/lib/db/schema";
import { parseArgument, requireIdempotencyKey } from "../connector-arguments";
import { returnRequestSchema, type ReturnRequest, type StartReturnResult } from "../schemas";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { toReturn } from "./map-rows";
import { normalizeOrderNumber } from "./normalize-identifiers";

const OPERATION = "orders.startReturn";
const MS_PER_DAY = 86_400_000;

// Starts a return or an exchange for a delivered order within the policy's return window and issues
// a return label. The return row keeps the idempotency key, so a retry finds it and answers with it.
export async function startReturn(context: BuiltinContext, orderNumberInput: string, requestInput: ReturnRequest, idempotencyKey: string): Promise<StartReturnResult> {
  const key = requireIdempotencyKey(OPERATION, idempotencyKey);
  const request = parseArgument(OPERATION, "return request", returnRequestSchema, requestInput);
  const orderNumber = normalizeOrderNumber(orderNumberInput);
  return guardDatabase(OPERATION, () =>
    context.db.transaction(async (tx): Promise<StartReturnResult> => {
      const [order] = await tx.select().from(orders).where(eq(orders.number, orderNumber)).for("update");
      // Looked up after taking the order's lock, so a concurrent retry sees the return once it exists.
      const [earlier] = await tx.select().from(returns).where(eq(returns.idempotencyKey, key)).limit(1);
      if (earlier) {
        if (!order || earlier.orderId !== order.id) return { ok: false, reason: "idempotency_key_reused" };
        const sameRequest = earlier.kind === request.kind && earlier.reason === describeReason(request, await orderLines(tx, order.id));
        return sameRequest ? started(order, earlier) : { ok: false, reason: "idempotency_key_reused" };
      }
      if (!order) return { ok: false, reason: "not_found" };
      if (order.state !== "delivered" || !order.deliveredAt) return { ok: false, reason: "not_returnable", state: order.state };

      const now = context.now();
      const windowEndsAt = new Date(order.deliveredAt.getTime() + context.policy.returnWindowDays * MS_PER_DAY);
      if (now > windowEndsAt) {
        return {
          ok: false,
          reason: "outside_return_window",
          deliveredAt: order.deliveredAt.toISOString(),
          windowEndedAt: windowEndsAt.toISOString(),
          returnWindowDays: context.policy.returnWindowDays,
        };
      }
      const lines = await orderLines(tx, order.id);
      const problem = itemProblem(request, lines);
      if (problem) return { ok: false, reason: "invalid_items", detail: problem };

      const id = randomUUID();
      const [row] = await tx
        .insert(returns)
        .values({
          id,
          orderId: order.id,
          kind: request.kind,
          reason: describeReason(request, lines),
          labelUrl: `${context.returnLabelBaseUrl}/${id}`,
          status: "label_sent",
          idempotencyKey: key,
          createdAt: now,
        })
        .returning();
      if (!row) throw new Error("return insert returned no row");
      // The demo shop's "returned" state means a return is under way (exchanges included).
      await tx.update(orders).set({ state: "returned", updatedAt: now }).where(eq(orders.id, order.id));
      return started(order, row);
    }),
  );
}

type OrderLine = { sku: string; quantity: number };

function started(order: Order, row: typeof returns.$inferSelect): StartReturnResult {
  return { ok: true, orderNumber: order.number, customerId: order.customerId, return: toReturn(row) };
}

async function orderLines(db: Db, orderId: string): Promise<OrderLine[]> {
  return db
    .select({ sku: products.sku, quantity: orderItems.quantity })
    .from(orderItems)
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(eq(orderItems.orderId, orderId));
}

function itemProblem(request: ReturnRequest, lines: readonly OrderLine[]): string | undefined {
  if (!request.items) return undefined;
  const seen = new Set<string>();
  for (const item of request.items) {
    const sku = item.sku.toUpperCase();
    if (seen.has(sku)) return `${item.sku} is listed twice`;
    seen.add(sku);
    const line = lines.find((candidate) => candidate.sku.toUpperCase() === sku);
    if (!line) return `${item.sku} is not part of this order`;
    if (item.quantity > line.quantity) return `only ${line.quantity} × ${line.sku} were ordered`;
  }
  return undefined;
}

// The returns table has no column for the items of a partial return, so they are written into the
// reason where the warehouse reads it.
function describeReason(request: ReturnRequest, lines: readonly OrderLine[]): string {
  if (!request.items) return request.reason;
  const items = request.items.map((item) => {
    const sku = lines.find((line) => line.sku.toUpperCase() === item.sku.toUpperCase())?.sku ?? item.sku;
    return `${sku} × ${item.quantity}`;
  });
  return `${request.reason} (items: ${items.join(", ")})`;
}
