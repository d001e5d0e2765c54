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
  input: { email: string; password: string; clientKey: string },
  policy: RateLimitPolicy,
): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  // An address gets more room than an account: several people may share one office address.
  const limits = [
    { key: `email:${email}`, policy },
    { key: `client:${input.clientKey}`, policy: { ...policy, maxFailures: policy.maxFailures * 4 } },
  ];
  for (const { key } of limits) {
    const lockedUntil = await isLoginLocked(db, key);
    if (lockedUntil) {
      await recordAuditEvent(db, { actorType: "system", action: "auth.login_blocked", data: { email, clientKey: input.clientKey } });
      return { ok: false, reason: "rate_limited", retryAt: lockedUntil };
    }
  }

  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !user.active || !passwordOk) {
    for (const limit of limits) await recordLoginFailure(db, limit.key, limit.policy);
    await recordAuditEvent(db, {
      actorType: "system",
      action: "auth.login_failed",
      targetType: user ? "user" : null,
      targetId: user?.id ?? null,
      data: { email, reason: user && !user.active ? "inactive" : "invalid_credentials" },
    });
    return { ok: false, reason: "invalid_credentials" };
  }

  await clearLoginFailures(db, limits[0]!.key);
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  await recordAuditEvent(db, { actorType: "user", actorId: user.id, action: "auth.login", targetType: "user", targetId: user.id });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
