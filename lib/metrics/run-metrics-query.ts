import { type SQL, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";
import { refreshMetricFacts } from "./refresh-metric-facts";

// Runs one metrics statement over conversation_metric_facts: first recomputes the conversations
// marked stale since the last read (refresh-metric-facts.ts), so the answer reflects every change
// committed before the call. Then the statement runs with PostgreSQL's JIT off: its plan can look
// expensive enough for PostgreSQL to JIT-compile it, which took seconds of LLVM work for a query that
// executes in milliseconds (bench/metrics.ts). `set local` keeps the change inside this read-only
// transaction.
export async function runMetricsQuery<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  await refreshMetricFacts(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    // The materialised facts of a long range (180 days: ~100k rows) stay in memory instead of
    // spilling to temporary files.
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<T>(tx, query);
  });
}
