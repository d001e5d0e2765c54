import { eq } from "drizzle-orm";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { auditEvents, type BusinessHours, inboxes, settings } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { businessHoursSchema } from "@/lib/validation/assistant-settings";
import { recordSettingChange, SETTING_CHANGE_ACTIONS } from "./record-setting-change";
import { invalidateSettingsCache } from "./settings-cache";
import { writeSettingValue } from "./write-setting-value";

// Puts back the value a change replaced (its "before"), and audits that as a change of its own,
// so a revert can itself be reverted.
export async function revertSettingChange(db: Db, input: { eventId: number; user: Pick<SessionUser, "id"> }): Promise<{ targetType: string; targetId: string; restored: unknown }> {
  const [event] = await db.select().from(auditEvents).where(eq(auditEvents.id, input.eventId)).limit(1);
  if (!event || !(SETTING_CHANGE_ACTIONS as readonly string[]).includes(event.action) || !event.targetId) {
    throw new AppError("not_found:admin", "That change is not a settings change that can be reverted.");
  }
  const restored = event.data.before ?? null;
  if (event.targetType === "setting") {
    const [current] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, event.targetId)).limit(1);
    const before = current?.value ?? null;
    if (canonicalJson(before) === canonicalJson(restored)) throw new AppError("conflict:admin", "The setting already has that value; there is nothing to revert.");
    await writeSettingValue(db, { key: event.targetId, value: restored, userId: input.user.id });
    await recordSettingChange(db, { targetType: "setting", targetId: event.targetId, actorId: input.user.id, before, after: restored, revertOf: event.id });
    invalidateSettingsCache();
    return { targetType: "setting", targetId: event.targetId, restored };
  }
  if (event.targetType === "inbox_business_hours") {
    const [inbox] = await db.select({ businessHours: inboxes.businessHours }).from(inboxes).where(eq(inboxes.id, event.targetId)).limit(1);
    if (!inbox) throw new AppError("not_found:admin", "The inbox of that change no longer exists.");
    const hours: BusinessHours | null = restored === null ? null : businessHoursSchema.parse(restored);
    const before = inbox.businessHours ?? null;
    if (canonicalJson(before) === canonicalJson(hours)) throw new AppError("conflict:admin", "The inbox already has those hours; there is nothing to revert.");
    await db.update(inboxes).set({ businessHours: hours }).where(eq(inboxes.id, event.targetId));
    await recordSettingChange(db, { targetType: "inbox_business_hours", targetId: event.targetId, actorId: input.user.id, before, after: hours, revertOf: event.id });
    return { targetType: "inbox_business_hours", targetId: event.targetId, restored: hours };
  }
  throw new AppError("not_found:admin", "That change is not a settings change that can be reverted.");
}
