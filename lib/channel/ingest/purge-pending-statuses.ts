import { lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { pendingStatuses } from "@/lib/db/schema";

// A status parked for a send we have not recorded is applied within seconds once the send is
// recorded (uncertain sends are reconciled within minutes). A day later no send will claim it: it
// belongs to a message another system sent from the same number, and keeping it is only clutter.
export const PENDING_STATUS_MAX_AGE_MS = 24 * 3600_000;

export async function purgePendingStatuses(db: Db, now = new Date(), maxAgeMs = PENDING_STATUS_MAX_AGE_MS): Promise<number> {
  const rows = await db
    .delete(pendingStatuses)
    .where(lt(pendingStatuses.receivedAt, new Date(now.getTime() - maxAgeMs)))
    .returning({ id: pendingStatuses.id });
  return rows.length;
}
