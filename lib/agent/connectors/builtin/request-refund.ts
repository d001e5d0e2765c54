import { eq } from "drizzle-orm";
import { orders, refunds, type Order } from "@/lib/db/schema";
import { requireIdempotencyKey, requireIntegerInRange, requireText } from "../connector-arguments";
import type { RequestRefundResult } from "../schemas";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { toRefund } from "./map-rows";
import { normalizeOrderNumber } from "./normalize-identifiers";
import { refundableAmount } from "./refundable-amount";

const OPERATION = "orders.requestRefund";
const MAX_REFUND_CENTS = 100_000_000;

// Records a refund request (status "requested") for money that was actually taken and not yet given
// back. Approval thresholds are the agent layer's business; this only refuses what is impossible.
// The refund row keeps the idempotency key, so a retry finds it and answers with it.
export async function requestRefund(context: BuiltinContext, orderNumberInput: string, amountCents: number, reasonInput: string, idempotencyKey: string): Promise<RequestRefundResult> {
  const key = requireIdempotencyKey(OPERATION, idempotencyKey);
  const amount = requireIntegerInRange(OPERATION, "amountCents", amountCents, 1, MAX_REFUND_CENTS);
  const reason = requireText(OPERATION, "reason", reasonInput);
  const orderNumber = normalizeOrderNumber(orderNumberInput);
  return guardDatabase(OPERATION, () =>
    context.db.transaction(async (tx): Promise<RequestRefundResult> => {
      const [order] = await tx.select().from(orders).where(eq(orders.number, orderNumber)).for("update");
      // Looked up after taking the order's lock, so a concurrent retry sees the refund once it exists.
      const [earlier] = await tx.select().from(refunds).where(eq(refunds.idempotencyKey, key)).limit(1);
      if (earlier) {
        const sameRequest = order !== undefined && earlier.orderId === order.id && earlier.amountCents === amount && earlier.reason === reason;
        return sameRequest ? requested(order, earlier) : { ok: false, reason: "idempotency_key_reused" };
      }
      if (!order) return { ok: false, reason: "not_found" };

      const { capturedCents, refundableCents } = await refundableAmount(tx, order.id);
      if (capturedCents === 0) return { ok: false, reason: "not_refundable", state: order.state };
      if (amount > refundableCents) return { ok: false, reason: "exceeds_refundable", refundableCents, currency: order.currency };

      const [row] = await tx
        .insert(refunds)
        .values({ orderId: order.id, amountCents: amount, reason, status: "requested", idempotencyKey: key, createdAt: context.now() })
        .returning();
      if (!row) throw new Error("refund insert returned no row");
      return requested(order, row);
    }),
  );
}

function requested(order: Order, row: typeof refunds.$inferSelect): RequestRefundResult {
  return { ok: true, orderNumber: order.number, customerId: order.customerId, refund: toRefund(row, order.currency) };
}
