import { type SQL, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";

// Runs one metrics statement with PostgreSQL's JIT off for it. Its per-conversation index probes give
// the plan a high estimated cost, which makes PostgreSQL JIT-compile it: on 100k conversations
// that took 3–4 s of LLVM work for a query that executes in well under a second
// (bench/metrics.ts). `set local` keeps the change inside this read-only transaction.
export async function runMetricsQuery<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}
