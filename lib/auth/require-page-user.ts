import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { auth } from "./auth";
import { ALL_ROLES, hasRole, loadSessionUser, type SessionUser } from "./session-user";

// The page side of the one access check: no session → sign in; wrong role → 403.
export async function requirePageUser(allowed: readonly Role[] = ALL_ROLES, returnTo = "/inbox"): Promise<SessionUser> {
  const session = await auth();
  const user = await loadSessionUser(db(), { userId: session?.user?.id, signedInAt: session?.signedInAt });
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, allowed)) forbidden();
  return user;
}
