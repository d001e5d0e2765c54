import { and, lt, or, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";

// Failure counters outlive their window only as clutter.
export async function purgeExpiredLoginAttempts(db: Db, olderThanMinutes: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanMinutes * 60_000);
  const rows = await db
    .delete(loginAttempts)
    .where(and(lt(loginAttempts.windowStartedAt, cutoff), or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, now))))
    .returning({ key: loginAttempts.key });
  return rows.length;
}
