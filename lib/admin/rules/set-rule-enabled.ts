import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { recordRuleChange } from "./record-rule-change";
import { type RuleSnapshot, ruleSnapshot } from "./rule-snapshot";

// Switches a rule on or off without touching anything else; the next customer message sees it.
export async function setRuleEnabled(db: Db, input: { ruleId: string; enabled: boolean; user: Pick<SessionUser, "id"> }): Promise<RuleSnapshot> {
  const [current] = await db.select().from(escalationRules).where(eq(escalationRules.id, input.ruleId)).limit(1);
  if (!current) throw new AppError("not_found:admin", "That rule no longer exists; reload the list.");
  const before = ruleSnapshot(current);
  if (before.enabled === input.enabled) return before;
  await db.update(escalationRules).set({ enabled: input.enabled, updatedAt: new Date() }).where(eq(escalationRules.id, input.ruleId));
  const after = { ...before, enabled: input.enabled };
  await recordRuleChange(db, { action: input.enabled ? "rule.enabled" : "rule.disabled", ruleId: before.id, ruleName: before.name, actorId: input.user.id, before, after });
  return after;
}
