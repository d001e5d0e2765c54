import type { refunds, returns } from "@/lib/db/schema";
import { DAY, HOUR, type Clock } from "./clock";
import type { OrderRecord } from "./orders";
import { deterministicUuid, type Rng } from "./random";

// Returns and refunds, consistent with each order's state: refunded orders were paid back, returned
// orders have a return under way, and a few delivered orders carry an open or rejected request.

type RefundRow = typeof refunds.$inferInsert;
type ReturnRow = typeof returns.$inferInsert;

const RETURN_REASONS = [
  "Changed my mind",
  "Too large for my kitchen counter",
  "Sound quality not as expected",
  "Ordered twice by mistake",
  "Item arrived damaged",
  "Does not switch on",
  "Found a better fit for my setup",
] as const;

const EXCHANGE_REASONS = [
  "Wrong colour ordered, exchange for matte black",
  "Defective unit, exchange for a new one",
  "Wrong filter size, exchange for size 02",
] as const;

const DIRECT_REFUND_REASONS = [
  "Arrived damaged, customer sent photos and kept the item for recycling",
  "Defective on arrival, customer did not want a replacement",
  "Missing item in parcel",
  "Price adjustment: promo code not applied at checkout",
] as const;

export type ReturnRecord = { id: string; order: OrderRecord; kind: "return" | "exchange"; status: "label_sent" | "received" | "closed"; requestedMinutesAgo: number };
export type RefundRecord = { id: string; order: OrderRecord; status: RefundRow["status"]; amountCents: number; createdMinutesAgo: number };

export function buildAfterSales(rng: Rng, clock: Clock, records: readonly OrderRecord[]) {
  const refundRows: RefundRow[] = [];
  const returnRows: ReturnRow[] = [];
  const returnRecords: ReturnRecord[] = [];
  const refundRecords: RefundRecord[] = [];

  const addReturn = (order: OrderRecord, kind: ReturnRecord["kind"], status: ReturnRecord["status"], minutesAgo: number) => {
    const id = deterministicUuid(rng);
    returnRecords.push({ id, order, kind, status, requestedMinutesAgo: minutesAgo });
    returnRows.push({
      id,
      orderId: order.id,
      kind,
      reason: kind === "exchange" ? rng.pick(EXCHANGE_REASONS) : rng.pick(RETURN_REASONS),
      labelUrl: `https://returns.northwind.example/label/${id}`,
      status,
      idempotencyKey: deterministicUuid(rng),
      createdAt: clock.minutesAgo(minutesAgo),
    });
  };
  const addRefund = (order: OrderRecord, status: RefundRow["status"], amountCents: number, reason: string, minutesAgo: number) => {
    const id = deterministicUuid(rng);
    refundRecords.push({ id, order, status, amountCents, createdMinutesAgo: minutesAgo });
    refundRows.push({ id, orderId: order.id, amountCents, reason, status, idempotencyKey: deterministicUuid(rng), createdAt: clock.minutesAgo(minutesAgo) });
  };

  for (const order of records) {
    const delivered = order.timeline.delivered;
    switch (order.state) {
      case "cancelled":
        if (order.paymentOutcome === "refunded") {
          addRefund(order, "paid", order.totalCents, "Order cancelled before dispatch", order.timeline.cancelled ?? order.timeline.placed);
        }
        break;
      case "refunded": {
        if (delivered === undefined) break;
        const amount = rng.chance(0.7) ? order.totalCents : largestLineCents(order);
        if (rng.chance(0.65)) {
          const requested = delivered - rng.int(DAY, 14 * DAY);
          addReturn(order, "return", "closed", requested);
          addRefund(order, "paid", amount, "Item returned within 30 days", requested - rng.int(4 * DAY, 8 * DAY));
        } else {
          addRefund(order, "paid", amount, rng.pick(DIRECT_REFUND_REASONS), delivered - rng.int(HOUR, 10 * DAY));
        }
        break;
      }
      case "returned": {
        if (delivered === undefined) break;
        const kind = rng.chance(0.8) ? "return" : "exchange";
        // Within the 30 days, and at least two days before now so the parcel can be on its way back.
        const requested = delivered - rng.int(DAY, Math.max(DAY, Math.min(20 * DAY, delivered - 2 * DAY)));
        // The older the request, the further along the return is.
        const status =
          requested < 6 * DAY
            ? rng.weighted([["label_sent", 70], ["received", 30]] as const)
            : rng.weighted([["label_sent", 15], ["received", 45], ["closed", 40]] as const);
        addReturn(order, kind, status, requested);
        // Money moves only once the parcel is back: requested on arrival, approved after inspection.
        if (kind === "return" && status !== "label_sent") {
          addRefund(order, status === "received" ? "requested" : "approved", largestLineCents(order), "Item returned within 30 days", requested - rng.int(12 * HOUR, Math.min(2 * DAY, requested - 12 * HOUR)));
        }
        break;
      }
      case "delivered": {
        // A few open claims on recent deliveries, and a few late return requests that were turned down.
        if (delivered === undefined || !rng.chance(0.06)) break;
        if (delivered < 10 * DAY) {
          addRefund(order, "requested", Math.round(largestLineCents(order) * 0.2), "Scratch on the housing, partial refund requested", Math.max(30, delivered - rng.int(HOUR, 2 * DAY)));
        } else if (delivered > 45 * DAY) {
          addRefund(order, "rejected", largestLineCents(order), "Return requested after the 30-day return window", delivered - 40 * DAY);
        }
        break;
      }
      default:
        break;
    }
  }
  return { refundRows, returnRows, returnRecords, refundRecords };
}

function largestLineCents(order: OrderRecord): number {
  return Math.max(...order.items.map((item) => item.quantity * item.unitPriceCents));
}
