import { eq } from "drizzle-orm";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { type BusinessHours, inboxes } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { businessHoursInputSchema } from "@/lib/validation/assistant-settings";
import { fieldErrorsOf, invalidSettings } from "./field-errors";
import { recordSettingChange } from "./record-setting-change";

// One inbox's opening hours and holidays (null: always open), audited with before and after. The
// escalation rules read them from the inbox on every turn.
export async function saveBusinessHours(db: Db, input: { inboxId: string; body: unknown; user: Pick<SessionUser, "id"> }): Promise<{ businessHours: BusinessHours | null; changed: boolean }> {
  const parsed = businessHoursInputSchema.safeParse(input.body);
  if (!parsed.success) throw invalidSettings(fieldErrorsOf(parsed.error).map((error) => ({ ...error, field: error.field.replace(/^businessHours\.?/, "") })));
  const [inbox] = await db.select({ businessHours: inboxes.businessHours }).from(inboxes).where(eq(inboxes.id, input.inboxId)).limit(1);
  if (!inbox) throw new AppError("not_found:admin", "That inbox does not exist (any more).");
  const after = parsed.data.businessHours;
  const before = inbox.businessHours ?? null;
  if (canonicalJson(before) === canonicalJson(after)) return { businessHours: after, changed: false };
  await db.update(inboxes).set({ businessHours: after }).where(eq(inboxes.id, input.inboxId));
  await recordSettingChange(db, { targetType: "inbox_business_hours", targetId: input.inboxId, actorId: input.user.id, before, after });
  return { businessHours: after, changed: true };
}
