import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";

// Numbers the rules 1…n in the given order; rules missing from `ids` keep their relative order after
// the listed ones (a rule created since an old order was recorded is not lost by restoring it).
export async function applyRuleOrder(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db.select({ id: escalationRules.id }).from(escalationRules).orderBy(asc(escalationRules.position), asc(escalationRules.createdAt));
  const existing = new Set(rows.map((row) => row.id));
  const ordered = [...ids.filter((id) => existing.has(id)), ...rows.map((row) => row.id).filter((id) => !ids.includes(id))];
  for (const [index, id] of ordered.entries()) await db.update(escalationRules).set({ position: index + 1 }).where(eq(escalationRules.id, id));
  return ordered;
}

export async function currentRuleOrder(db: Db): Promise<string[]> {
  const rows = await db.select({ id: escalationRules.id }).from(escalationRules).orderBy(asc(escalationRules.position), asc(escalationRules.createdAt));
  return rows.map((row) => row.id);
}
