import type { EscalationRule, RuleAction, RuleCondition } from "@/lib/db/schema";

// A rule as the audit log keeps it: enough to show the change and to restore the rule exactly.
export type RuleSnapshot = { id: string; name: string; position: number; enabled: boolean; condition: RuleCondition; action: RuleAction };

export function ruleSnapshot(rule: Pick<EscalationRule, "id" | "name" | "position" | "enabled" | "condition" | "action">): RuleSnapshot {
  return { id: rule.id, name: rule.name, position: rule.position, enabled: rule.enabled, condition: rule.condition, action: rule.action };
}
