import { eq } from "drizzle-orm";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { checkRule } from "./check-rule";
import { recordRuleChange } from "./record-rule-change";
import { type RuleSnapshot, ruleSnapshot } from "./rule-snapshot";

// Replaces a rule's name, switch, condition and action; its place in the list stays.
export async function updateRule(db: Db, input: { ruleId: string; body: unknown; user: Pick<SessionUser, "id"> }): Promise<RuleSnapshot> {
  const rule = await checkRule(db, input.body);
  const [current] = await db.select().from(escalationRules).where(eq(escalationRules.id, input.ruleId)).limit(1);
  if (!current) throw new AppError("not_found:admin", "That rule no longer exists; reload the list.");
  const before = ruleSnapshot(current);
  const after: RuleSnapshot = { ...before, name: rule.name, enabled: rule.enabled, condition: rule.condition, action: rule.action };
  if (canonicalJson(before) === canonicalJson(after)) return before;
  await db.update(escalationRules).set({ name: after.name, enabled: after.enabled, condition: after.condition, action: after.action, updatedAt: new Date() }).where(eq(escalationRules.id, input.ruleId));
  await recordRuleChange(db, { action: "rule.updated", ruleId: after.id, ruleName: after.name, actorId: input.user.id, before, after });
  return after;
}
