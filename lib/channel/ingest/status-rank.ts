import type { DELIVERY_STATUSES } from "@/lib/db/schema";

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

// Statuses arrive in any order; a message only moves forward (a late "delivered" never undoes
// "read"). "failed" is final and wins over everything but itself.
const RANK: Record<DeliveryStatus, number> = { received: 0, queued: 1, sent: 2, delivered: 3, read: 4, failed: 5 };

export function statusRank(status: DeliveryStatus): number {
  return RANK[status];
}

// Meta's "played" (voice notes) is a read for our purposes.
export function toDeliveryStatus(status: string): DeliveryStatus {
  if (status === "played") return "read";
  if (status === "sent" || status === "delivered" || status === "read" || status === "failed") return status;
  return "sent";
}
