import { eq } from "drizzle-orm";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { MoveDirection } from "@/lib/validation/rules";
import { applyRuleOrder, currentRuleOrder } from "./apply-rule-order";
import { recordRuleChange } from "./record-rule-change";

// Swaps a rule with its neighbour: rules are checked top to bottom and the first one that hands
// over decides the team, so order matters.
export async function moveRule(db: Db, input: { ruleId: string; direction: MoveDirection; user: Pick<SessionUser, "id"> }): Promise<string[]> {
  const [rule] = await db.select({ id: escalationRules.id, name: escalationRules.name }).from(escalationRules).where(eq(escalationRules.id, input.ruleId)).limit(1);
  if (!rule) throw new AppError("not_found:admin", "That rule no longer exists; reload the list.");
  const before = await currentRuleOrder(db);
  const index = before.indexOf(rule.id);
  const target = input.direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= before.length) throw new AppError("bad_request:admin", `The rule is already ${input.direction === "up" ? "first" : "last"}.`);
  const after = [...before];
  [after[index], after[target]] = [after[target]!, after[index]!];
  await applyRuleOrder(db, after);
  await recordRuleChange(db, { action: "rule.moved", kind: "order", ruleId: rule.id, ruleName: rule.name, actorId: input.user.id, before, after });
  return after;
}
