import { type ChangeHistoryEntry, listChangeHistory } from "@/lib/admin/settings/list-change-history";
import type { Db } from "@/lib/db/client";
import { RULE_TARGET } from "./record-rule-change";

// The audited changes of one rule, or of all rules (deleted ones included), newest first.
export async function listRuleHistory(db: Db, input: { ruleId?: string; limit?: number } = {}): Promise<ChangeHistoryEntry[]> {
  return listChangeHistory(db, { targetType: RULE_TARGET, targetId: input.ruleId, limit: input.limit ?? 100 });
}
