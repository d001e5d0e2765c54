import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";

// Audit targets of the assistant settings: one settings key, or one inbox's business hours.
export type SettingTarget = { targetType: "setting"; targetId: string } | { targetType: "inbox_business_hours"; targetId: string };

export const SETTING_CHANGE_ACTIONS = ["settings.updated", "settings.reverted"] as const;

// Who changed what, from what to what: enough to show the change and to put the old value back.
export async function recordSettingChange(
  db: Db,
  input: SettingTarget & { actorId: string; before: unknown; after: unknown; revertOf?: number },
): Promise<void> {
  await recordAuditEvent(db, {
    actorType: "user",
    actorId: input.actorId,
    action: input.revertOf === undefined ? "settings.updated" : "settings.reverted",
    targetType: input.targetType,
    targetId: input.targetId,
    data: { before: input.before ?? null, after: input.after ?? null, ...(input.revertOf !== undefined && { revertOf: input.revertOf }) },
  });
}
