import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";

export type RateLimitPolicy = { maxFailures: number; lockMinutes: number };

// Failures are counted per key (the e-mail, and separately the client address) in a window as long
// as the lock; reaching the limit locks the key until the window ends.
export async function isLoginLocked(db: Db, key: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).limit(1);
  if (row?.lockedUntil && row.lockedUntil > now) return row.lockedUntil;
  return null;
}

export async function recordLoginFailure(db: Db, key: string, policy: RateLimitPolicy, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.lockMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  // Raw SQL fragments get ISO strings: postgres.js does not serialise Date parameters inside sql``.
  const windowStartIso = sql`${windowStart.toISOString()}::timestamptz`;
  const nowIso = sql`${now.toISOString()}::timestamptz`;
  const isNewWindow = sql`${loginAttempts.windowStartedAt} < ${windowStartIso}`;
  const failures = sql`case when ${isNewWindow} then 1 else ${loginAttempts.failures} + 1 end`;
  const rows = await db
    .insert(loginAttempts)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: policy.maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${isNewWindow} then ${nowIso} else ${loginAttempts.windowStartedAt} end`,
        lockedUntil: sql`case when ${failures} >= ${policy.maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${loginAttempts.lockedUntil} end`,
      },
    })
    .returning({ failures: loginAttempts.failures });
  return rows[0]?.failures ?? 1;
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
