import { sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { checkRule } from "./check-rule";
import { recordRuleChange } from "./record-rule-change";
import { type RuleSnapshot, ruleSnapshot } from "./rule-snapshot";

// A new rule goes to the end of the list (checked last); the admin moves it up where it belongs.
export async function createRule(db: Db, input: { body: unknown; user: Pick<SessionUser, "id"> }): Promise<RuleSnapshot> {
  const rule = await checkRule(db, input.body);
  const created = await db.transaction(async (tx) => {
    const [last] = await tx.select({ max: sql<number | null>`max(${escalationRules.position})` }).from(escalationRules);
    const [row] = await tx
      .insert(escalationRules)
      .values({ name: rule.name, enabled: rule.enabled, condition: rule.condition, action: rule.action, position: Number(last?.max ?? 0) + 1 })
      .returning();
    return ruleSnapshot(row!);
  });
  await recordRuleChange(db, { action: "rule.created", ruleId: created.id, ruleName: created.name, actorId: input.user.id, before: null, after: created });
  return created;
}
