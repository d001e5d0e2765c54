import { asc, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { GENESIS_HASH, hashAuditEvent } from "./hash-audit-event";

export type ChainVerdict =
  // `headId`/`headHash`: the newest row checked. Noting the head elsewhere also catches a deletion of
  // the newest rows, which a chain alone cannot show.
  | { intact: true; checked: number; headId: number | null; headHash: string }
  | {
      intact: false;
      checked: number;
      brokenAtId: number;
      problem: "content_changed" | "link_broken";
      // The first bad row, and the last good one before it (null when the break is at the start).
      brokenRow: { action: string; at: string };
      lastGoodId: number | null;
    };

// Walks the chain in id order: an edited row no longer matches its hash, a deleted row breaks the
// link from its successor.
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.id, lastId)).orderBy(asc(auditEvents.id)).limit(batchSize);
    if (rows.length === 0) return { intact: true, checked, headId: lastId === 0 ? null : lastId, headHash: prevHash };
    for (const row of rows) {
      const broken = (problem: "content_changed" | "link_broken"): ChainVerdict => ({
        intact: false,
        checked,
        brokenAtId: row.id,
        problem,
        brokenRow: { action: row.action, at: row.at.toISOString() },
        lastGoodId: lastId === 0 ? null : lastId,
      });
      if (row.prevHash !== prevHash) return broken("link_broken");
      const expected = hashAuditEvent(prevHash, {
        at: row.at,
        actorType: row.actorType,
        actorId: row.actorId,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        data: row.data,
      });
      if (expected !== row.hash) return broken("content_changed");
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
}

// One sentence for the command line and the admin page.
export function describeChainVerdict(verdict: ChainVerdict): string {
  if (verdict.intact) return `intact (${verdict.checked} entries${verdict.headId === null ? "" : `, newest #${verdict.headId} ${verdict.headHash.slice(0, 16)}…`})`;
  const what =
    verdict.problem === "content_changed"
      ? `entry #${verdict.brokenAtId} (${verdict.brokenRow.action}, ${verdict.brokenRow.at}) was changed after it was written`
      : `the link before entry #${verdict.brokenAtId} (${verdict.brokenRow.action}, ${verdict.brokenRow.at}) is broken: an entry${verdict.lastGoodId === null ? " at the start" : ` after #${verdict.lastGoodId}`} was deleted or altered`;
  return `BROKEN: ${what}; ${verdict.checked} entries before it are intact`;
}
