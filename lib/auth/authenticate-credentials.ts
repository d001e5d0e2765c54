import { eq, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { users, type User } from "@/lib/db/schema";
import { clearLoginFailures, isLoginLocked, recordLoginFailure, type RateLimitPolicy } from "./login-rate-limit";
import { verifyPassword } from "./password";

export type AuthenticationResult =
  | { ok: true; user: Pick<User, "id" | "email" | "name" | "role"> }
  | { ok: false; reason: "invalid_credentials" | "rate_limited"; retryAt?: Date };

// A dummy hash keeps the timing of "no such user" close to that of "wrong password".
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Y4Tz1b+qK0bKQ3jZ7b2y0a8m6G3cS9Yq7m4Vv2n8lE";

export async function authenticateCredentials(
  db: Db,
  // The client's address when it can be trusted (behind a configured proxy), else null.
  input: { email: string; password: string; clientKey: string | null },
  policy: RateLimitPolicy,
): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  // An address gets more room than an account: several people may share one office address.
  const limits = [
    { key: `email:${email}`, policy },
    ...(input.clientKey ? [{ key: `client:${input.clientKey}`, policy: { ...policy, maxFailures: policy.maxFailures * 4 } }] : []),
  ];
  // Every attempt is counted before the password is checked, in one atomic statement per key, so a
  // burst of parallel guesses cannot all slip past the limit while the hashes are being verified.
  for (const limit of limits) {
    const lockedUntil = await isLoginLocked(db, limit.key);
    const attempts = lockedUntil ? Number.POSITIVE_INFINITY : await recordLoginFailure(db, limit.key, limit.policy);
    if (attempts > limit.policy.maxFailures) {
      await recordAuditEvent(db, { actorType: "system", action: "auth.login_blocked", data: { email, clientKey: input.clientKey } });
      return { ok: false, reason: "rate_limited", retryAt: lockedUntil ?? (await isLoginLocked(db, limit.key)) ?? undefined };
    }
  }

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !user.active || !passwordOk) {
    await recordAuditEvent(db, {
      actorType: "system",
      action: "auth.login_failed",
      targetType: user ? "user" : null,
      targetId: user?.id ?? null,
      data: { email, reason: user && !user.active ? "inactive" : "invalid_credentials" },
    });
    return { ok: false, reason: "invalid_credentials" };
  }

  for (const limit of limits) await clearLoginFailures(db, limit.key);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await recordAuditEvent(db, { actorType: "user", actorId: user.id, action: "auth.login", targetType: "user", targetId: user.id });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
