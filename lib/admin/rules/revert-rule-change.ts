import { eq } from "drizzle-orm";
import { ruleActionSchema, ruleConditionSchema } from "@/lib/agent/escalation/rule-schemas";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { auditEvents, escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { applyRuleOrder, currentRuleOrder } from "./apply-rule-order";
import { RULE_CHANGE_ACTIONS, RULE_TARGET, recordRuleChange } from "./record-rule-change";
import { type RuleSnapshot, ruleSnapshot } from "./rule-snapshot";

const snapshotSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  position: z.number().int(),
  enabled: z.boolean(),
  condition: ruleConditionSchema,
  action: ruleActionSchema,
});
const orderSchema = z.array(z.string().uuid());

// Restores what a rule change replaced: a deleted rule comes back in its place, a created one is
// removed, an edit or switch is undone, a move restores the previous order. The revert is audited
// like any other change, so it can be reverted too.
export async function revertRuleChange(db: Db, input: { eventId: number; user: Pick<SessionUser, "id"> }): Promise<void> {
  const [event] = await db.select().from(auditEvents).where(eq(auditEvents.id, input.eventId)).limit(1);
  if (!event || event.targetType !== RULE_TARGET || !event.targetId || !(RULE_CHANGE_ACTIONS as readonly string[]).includes(event.action)) {
    throw new AppError("not_found:admin", "That change is not a rule change that can be reverted.");
  }
  const ruleName = typeof event.data.ruleName === "string" ? event.data.ruleName : "rule";
  if (event.data.kind === "order") {
    const before = orderSchema.parse(event.data.before);
    const current = await currentRuleOrder(db);
    const after = await applyRuleOrder(db, before);
    await recordRuleChange(db, { action: "rule.reverted", kind: "order", ruleId: event.targetId, ruleName, actorId: input.user.id, before: current, after, revertOf: event.id });
    return;
  }
  const target: RuleSnapshot | null = event.data.before === null || event.data.before === undefined ? null : snapshotSchema.parse(event.data.before);
  const [row] = await db.select().from(escalationRules).where(eq(escalationRules.id, event.targetId)).limit(1);
  const current = row ? ruleSnapshot(row) : null;
  if (target === null) {
    if (!current) throw new AppError("conflict:admin", "That rule is already gone; there is nothing to revert.");
    await db.delete(escalationRules).where(eq(escalationRules.id, current.id));
    await applyRuleOrder(db, await currentRuleOrder(db));
  } else if (current) {
    await db.update(escalationRules).set({ name: target.name, enabled: target.enabled, condition: target.condition, action: target.action, updatedAt: new Date() }).where(eq(escalationRules.id, target.id));
  } else {
    await db.insert(escalationRules).values({ id: target.id, name: target.name, enabled: target.enabled, condition: target.condition, action: target.action, position: target.position });
    const order = (await currentRuleOrder(db)).filter((id) => id !== target.id);
    order.splice(Math.max(0, target.position - 1), 0, target.id);
    await applyRuleOrder(db, order);
  }
  await recordRuleChange(db, { action: "rule.reverted", ruleId: event.targetId, ruleName: target?.name ?? current?.name ?? ruleName, actorId: input.user.id, before: current, after: target, revertOf: event.id });
}
