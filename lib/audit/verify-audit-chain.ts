import { asc, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { GENESIS_HASH, hashAuditEvent } from "./hash-audit-event";

export type ChainVerdict =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAtId: number; problem: "content_changed" | "link_broken" };

// Walks the chain in id order: an edited row no longer matches its hash, a deleted row breaks the
// link from its successor.
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.id, lastId)).orderBy(asc(auditEvents.id)).limit(batchSize);
    if (rows.length === 0) return { intact: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { intact: false, checked, brokenAtId: row.id, problem: "link_broken" };
      const expected = hashAuditEvent(prevHash, {
        at: row.at,
        actorType: row.actorType,
        actorId: row.actorId,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        data: row.data,
      });
      if (expected !== row.hash) return { intact: false, checked, brokenAtId: row.id, problem: "content_changed" };
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
}
