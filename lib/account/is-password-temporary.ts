import { and, desc, eq, inArray } from "drizzle-orm";
import { OWN_PASSWORD_CHANGED_ACTION, TEMPORARY_PASSWORD_ACTIONS } from "@/lib/auth/password-events";
import type { Db } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";

// True while the person still signs in with the temporary password an admin handed over: the last
// password event for them is an invitation or a reset, not a change of their own. People created
// by the seed or from ADMIN_EMAIL have no such event and are not nudged.
export async function isPasswordTemporary(db: Db, userId: string): Promise<boolean> {
  const actions: string[] = [...TEMPORARY_PASSWORD_ACTIONS, OWN_PASSWORD_CHANGED_ACTION];
  const [latest] = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(inArray(auditEvents.action, actions), eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, userId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return latest !== undefined && latest.action !== OWN_PASSWORD_CHANGED_ACTION;
}
