import { eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearLoginFailures, isLoginLocked, recordLoginFailure, type RateLimitPolicy } from "@/lib/auth/login-rate-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { OWN_PASSWORD_CHANGED_ACTION } from "@/lib/auth/password-events";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { ChangePasswordBody } from "@/lib/validation/account";

// A signed-in person replaces their own password after proving they know the current one. Wrong
// guesses count against the same limit as sign-in attempts for the account's e-mail (it is the same
// secret being guessed), so a borrowed session cannot try passwords without limit. Every session
// that began before the change ends (lib/auth/session-user.ts). The audit never holds a password.
export async function changeOwnPassword(db: Db, input: { userId: string; body: ChangePasswordBody; policy: RateLimitPolicy }): Promise<{ email: string }> {
  const [user] = await db.select({ id: users.id, email: users.email, passwordHash: users.passwordHash, active: users.active }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user || !user.active) throw new AppError("not_found:api", "Your account was not found.");
  const audit = (action: string, data: Record<string, unknown> = {}) => recordAuditEvent(db, { actorType: "user", actorId: user.id, action, targetType: "user", targetId: user.id, data });

  // Counted before the check, as at sign-in, so parallel guesses cannot all slip past the limit.
  const key = `email:${user.email.trim().toLowerCase()}`;
  const lockedUntil = await isLoginLocked(db, key);
  const attempts = lockedUntil ? Number.POSITIVE_INFINITY : await recordLoginFailure(db, key, input.policy);
  if (attempts > input.policy.maxFailures) {
    await audit("account.password_change_blocked");
    throw new AppError("rate_limited:api", "Too many wrong passwords. Wait a few minutes and try again.");
  }
  if (!(await verifyPassword(user.passwordHash, input.body.currentPassword))) {
    await audit("account.password_change_failed", { reason: "wrong_current_password" });
    throw new AppError("bad_request:api", "Your current password is not right.", { details: [{ field: "currentPassword", message: "That is not your current password." }] });
  }

  await clearLoginFailures(db, key);
  const passwordHash = await hashPassword(input.body.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAuditEvent(tx, { actorType: "user", actorId: user.id, action: OWN_PASSWORD_CHANGED_ACTION, targetType: "user", targetId: user.id });
  });
  return { email: user.email };
}
