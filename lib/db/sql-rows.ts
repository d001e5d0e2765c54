import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

// PGlite returns { rows }, postgres.js an array-like RowList; this is the one place that knows.
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === "object" && "rows" in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  return [];
}
