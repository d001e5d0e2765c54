import { eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearLoginFailures } from "@/lib/auth/login-rate-limit";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { generateTemporaryPassword } from "./temporary-password";

// Replaces a person's password with a new temporary one, returned once for the admin to hand over,
// and lifts a sign-in lockout on the account. The old password stops working at once.
export async function resetUserPassword(db: Db, input: { actorId: string; userId: string }): Promise<{ temporaryPassword: string }> {
  const [target] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!target) throw new AppError("not_found:admin", "This person no longer exists.");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, target.id));
    await recordAuditEvent(tx, { actorType: "user", actorId: input.actorId, action: "people.user_password_reset", targetType: "user", targetId: target.id });
  });
  await clearLoginFailures(db, `email:${target.email.trim().toLowerCase()}`);
  return { temporaryPassword };
}
