import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";
import { deleteMissingFactsStatement, recomputeFactsStatement } from "./conversation-facts";

// Stale rows recomputed per transaction. A writer that marks a conversation taken by a running
// chunk waits for that chunk's commit, so chunks stay short (a 100k backfill is 20 chunks of a
// second or so; a dashboard reload after ordinary traffic is one chunk of a few rows).
const CHUNK = 5000;
// pg_advisory_xact_lock key: one refresh at a time.
const REFRESH_LOCK = 7_311_004_211;

// Brings conversation_metric_facts up to date: recomputes every conversation a trigger has marked
// stale (0011_metric_facts) since the last refresh, in chunks of one transaction each, and returns
// how many were recomputed. Called before every metrics read; with nothing stale it costs one probe.
//
// Concurrency (READ COMMITTED):
//   · Refreshes are serialised by an advisory lock, so two dashboards never compute the same rows
//     and a refresh that finishes has seen every chunk another refresh committed before it.
//   · The stale ids are taken with `for update skip locked` and deleted, and the facts are
//     recomputed in a *later* statement, whose snapshot includes every writer that had locked one
//     of those ids (a writer's mark inserts the id or locks its row until the writer commits).
//     Ids locked by writers still running are skipped: their change is not committed, and their
//     mark stays for the next refresh. A writer marking an id that a running chunk has taken waits
//     for that chunk to commit and then inserts the mark again, so its change is recomputed later.
export async function refreshMetricFacts(db: Db): Promise<number> {
  const [pending] = await queryRows<{ pending: boolean }>(db, sql`select exists (select 1 from metric_facts_stale) as pending`);
  if (!pending?.pending) return 0;
  let refreshed = 0;
  for (;;) {
    const taken = await db.transaction(async (tx) => {
      // The recompute's per-conversation probes look expensive to the planner; JIT would only add
      // seconds of compilation (see run-metrics-query.ts).
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)`);
      // Oldest conversations first, and written in that order (recomputeFactsStatement): a backfill
      // lays the rollup out by creation time, so a date range reads few pages. The delete probes the
      // primary key with the taken ids whatever the (often stale) statistics of this small table say.
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`with taken as materialized (
            select s.conversation_id from metric_facts_stale s left join conversations c on c.id = s.conversation_id
            order by c.created_at nulls first limit ${CHUNK}
            for update of s skip locked
          )
          delete from metric_facts_stale d where d.conversation_id = any (array(select conversation_id from taken))
          returning d.conversation_id::text as id`,
      );
      if (rows.length === 0) return 0;
      const ids = sql`${`{${rows.map((row) => row.id).join(",")}}`}::uuid[]`;
      await tx.execute(recomputeFactsStatement(ids));
      await tx.execute(deleteMissingFactsStatement(ids));
      return rows.length;
    });
    refreshed += taken;
    if (taken < CHUNK) return refreshed;
  }
}
