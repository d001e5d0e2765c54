import { and, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { auditEvents, ROLES, users, type Role } from "@/lib/db/schema";
import { PASSWORD_REPLACED_ACTIONS } from "./password-events";

export type SessionUser = { id: string; email: string; name: string; role: Role };

// What the session token says: who signed in and when (epoch milliseconds, set once at sign-in and
// kept when the token is refreshed; the token's own `iat` is renewed on every refresh).
export type SessionClaims = { userId: string | undefined; signedInAt: number | undefined };

export const ALL_ROLES: readonly Role[] = ROLES;

// The token says who signed in; the database says whether that person may still act and in which
// role, so a deactivation or role change takes effect on the next request, not at token expiry.
// A password reset by an admin (or the person's own change) ends every session that began before
// it: sessions are stateless JWTs, so the check is "was the password replaced after this token's
// sign-in?". users.updated_at is bumped by every password write (and by renames, role changes…), so
// only a user row changed since the sign-in costs the second lookup, in the audit trail, which says
// whether the change was a password. A token without a sign-in time (issued before this check
// existed) is not trusted: that person signs in once more.
export async function loadSessionUser(db: Db, claims: SessionClaims): Promise<SessionUser | null> {
  const { userId, signedInAt } = claims;
  if (!userId || signedInAt === undefined || !Number.isFinite(signedInAt)) return null;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || !user.active) return null;
  if (user.updatedAt.getTime() > signedInAt && (await passwordReplacedSince(db, user.id, new Date(signedInAt)))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function hasRole(user: SessionUser, allowed: readonly Role[]): boolean {
  return allowed.includes(user.role);
}

async function passwordReplacedSince(db: Db, userId: string, since: Date): Promise<boolean> {
  const [event] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, [...PASSWORD_REPLACED_ACTIONS]), eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, userId), gt(auditEvents.at, since)))
    .limit(1);
  return event !== undefined;
}
