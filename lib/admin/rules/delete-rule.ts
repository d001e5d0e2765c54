import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { applyRuleOrder, currentRuleOrder } from "./apply-rule-order";
import { recordRuleChange } from "./record-rule-change";
import { ruleSnapshot } from "./rule-snapshot";

// Removes a rule; the audit keeps all of it, so reverting the deletion brings it back in its place.
export async function deleteRule(db: Db, input: { ruleId: string; user: Pick<SessionUser, "id"> }): Promise<void> {
  const [current] = await db.select().from(escalationRules).where(eq(escalationRules.id, input.ruleId)).limit(1);
  if (!current) throw new AppError("not_found:admin", "That rule no longer exists; reload the list.");
  await db.delete(escalationRules).where(eq(escalationRules.id, input.ruleId));
  await applyRuleOrder(db, await currentRuleOrder(db));
  await recordRuleChange(db, { action: "rule.deleted", ruleId: current.id, ruleName: current.name, actorId: input.user.id, before: ruleSnapshot(current), after: null });
}
