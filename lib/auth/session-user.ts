import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { ROLES, users, type Role } from "@/lib/db/schema";

export type SessionUser = { id: string; email: string; name: string; role: Role };

export const ALL_ROLES: readonly Role[] = ROLES;

// The token says who signed in; the database says whether that person may still act and in which
// role, so a deactivation or role change takes effect on the next request, not at token expiry.
export async function loadSessionUser(db: Db, userId: string | undefined): Promise<SessionUser | null> {
  if (!userId) return null;
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function hasRole(user: SessionUser, allowed: readonly Role[]): boolean {
  return allowed.includes(user.role);
}
