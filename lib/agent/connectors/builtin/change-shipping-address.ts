import { eq } from "drizzle-orm";
import { orders, shipments, type OrderState, type ShippingAddress } from "@/lib/db/schema";
import { parseArgument, requireIdempotencyKey } from "../connector-arguments";
import { addressSchema, changeShippingAddressResultSchema, type Address, type ChangeShippingAddressResult } from "../schemas";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { normalizeOrderNumber, postcodeKey } from "./normalize-identifiers";
import { runOnce } from "./run-once";

const OPERATION = "orders.changeShippingAddress";

// Once a parcel has left, the carrier owns the address; before that, we do.
const BEFORE_SHIPPING: readonly OrderState[] = ["pending_payment", "paid", "processing"];

// Changes where an order goes, only before it ships and only within the same country. Asking for
// the address the order already has changes nothing and succeeds, which makes a retry harmless.
export async function changeShippingAddress(
  context: BuiltinContext,
  orderNumberInput: string,
  addressInput: Address,
  idempotencyKey: string,
): Promise<ChangeShippingAddressResult> {
  const key = requireIdempotencyKey(OPERATION, idempotencyKey);
  const address = parseArgument(OPERATION, "address", addressSchema, addressInput);
  const orderNumber = normalizeOrderNumber(orderNumberInput);
  return guardDatabase(OPERATION, () =>
    runOnce(context.db, context.operationLog, { key, operation: OPERATION, target: orderNumber, args: { address } }, changeShippingAddressResultSchema, async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.number, orderNumber)).for("update");
      if (!order) return { ok: false, reason: "not_found" };
      const changed: ChangeShippingAddressResult = { ok: true, orderNumber: order.number, customerId: order.customerId, shippingAddress: address };

      if (sameAddress(order.shippingAddress, address)) return { ...changed, shippingAddress: order.shippingAddress };
      if (order.state === "cancelled") return { ok: false, reason: "not_changeable", state: order.state };
      if (!BEFORE_SHIPPING.includes(order.state)) return { ok: false, reason: "already_shipped", state: order.state };
      // A label may exist before the state says "shipped"; the parcel is then already in the carrier's system.
      const [parcel] = await tx.select({ id: shipments.id }).from(shipments).where(eq(shipments.orderId, order.id)).limit(1);
      if (parcel) return { ok: false, reason: "already_shipped", state: order.state };
      if (address.country !== order.shippingAddress.country) return { ok: false, reason: "country_change_not_allowed", country: order.shippingAddress.country };

      await tx.update(orders).set({ shippingAddress: address, updatedAt: context.now() }).where(eq(orders.id, order.id));
      return changed;
    }),
  );
}

function sameAddress(current: ShippingAddress, wanted: Address): boolean {
  const text = (value: string) => value.trim().replace(/\s+/g, " ").toLowerCase();
  return (
    text(current.line) === text(wanted.line) &&
    text(current.city) === text(wanted.city) &&
    postcodeKey(current.postcode) === postcodeKey(wanted.postcode) &&
    current.country === wanted.country
  );
}
