import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";

export const RULE_CHANGE_ACTIONS = ["rule.created", "rule.updated", "rule.enabled", "rule.disabled", "rule.deleted", "rule.moved", "rule.reverted"] as const;
export type RuleChangeAction = (typeof RULE_CHANGE_ACTIONS)[number];
export const RULE_TARGET = "escalation_rule";

// One audited change of one rule. before/after are rule snapshots (null when the rule did not or
// no longer exists) or, for moves, the list of rule ids in order.
export async function recordRuleChange(
  db: Db,
  input: { action: RuleChangeAction; ruleId: string; ruleName: string; actorId: string; before: unknown; after: unknown; revertOf?: number; kind?: "rule" | "order" },
): Promise<void> {
  await recordAuditEvent(db, {
    actorType: "user",
    actorId: input.actorId,
    action: input.action,
    targetType: RULE_TARGET,
    targetId: input.ruleId,
    data: {
      ruleName: input.ruleName,
      kind: input.kind ?? "rule",
      before: input.before ?? null,
      after: input.after ?? null,
      ...(input.revertOf !== undefined && { revertOf: input.revertOf }),
    },
  });
}
