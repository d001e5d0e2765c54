import { and, eq } from "drizzle-orm";
import { orders, refunds } from "@/lib/db/schema";
import { requireIdempotencyKey } from "../connector-arguments";
import { cancelOrderResultSchema, type CancelOrderResult } from "../schemas";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { toRefund } from "./map-rows";
import { normalizeOrderNumber } from "./normalize-identifiers";
import { refundableAmount } from "./refundable-amount";
import { runOnce } from "./run-once";

const OPERATION = "orders.cancelOrder";
const CANCELLATION_REFUND_REASON = "Order cancelled before dispatch";

// Cancels an order in one of the policy's cancellable states and asks for the money already taken
// back. Cancelling a cancelled order changes nothing and answers as the first cancellation did (the
// refund is found again through its key), so a retry never cancels or refunds twice.
export async function cancelOrder(context: BuiltinContext, orderNumberInput: string, idempotencyKey: string): Promise<CancelOrderResult> {
  const key = requireIdempotencyKey(OPERATION, idempotencyKey);
  const orderNumber = normalizeOrderNumber(orderNumberInput);
  // The refund's own idempotency key ties it to this cancellation.
  const refundKey = `cancel:${key}`;
  return guardDatabase(OPERATION, () =>
    runOnce(context.db, context.operationLog, { key, operation: OPERATION, target: orderNumber, args: {} }, cancelOrderResultSchema, async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.number, orderNumber)).for("update");
      if (!order) return { ok: false, reason: "not_found" };
      const cancelled = (refund: typeof refunds.$inferSelect | undefined): CancelOrderResult => ({
        ok: true,
        orderNumber: order.number,
        customerId: order.customerId,
        state: "cancelled",
        refund: refund ? toRefund(refund, order.currency) : null,
      });

      if (order.state === "cancelled") {
        const [refund] = await tx.select().from(refunds).where(and(eq(refunds.idempotencyKey, refundKey), eq(refunds.orderId, order.id)));
        return cancelled(refund);
      }
      if (!context.policy.cancellableStates.includes(order.state)) return { ok: false, reason: "not_cancellable", state: order.state };

      const now = context.now();
      await tx.update(orders).set({ state: "cancelled", updatedAt: now }).where(eq(orders.id, order.id));
      const { refundableCents } = await refundableAmount(tx, order.id);
      if (refundableCents === 0) return cancelled(undefined);
      const [refund] = await tx
        .insert(refunds)
        .values({ orderId: order.id, amountCents: refundableCents, reason: CANCELLATION_REFUND_REASON, status: "requested", idempotencyKey: refundKey, createdAt: now })
        .returning();
      return cancelled(refund);
    }),
  );
}
