import { eq } from "drizzle-orm";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { SETTING_SCHEMAS, type SettingArea, type SettingValues } from "@/lib/validation/assistant-settings";
import { fieldErrorsOf, invalidSettings } from "./field-errors";
import { listAvailableModels } from "./list-available-models";
import { recordSettingChange } from "./record-setting-change";
import { invalidateSettingsCache } from "./settings-cache";
import { SETTING_KEYS } from "./setting-keys";
import { writeSettingValue } from "./write-setting-value";

// Validates one settings area, stores it and audits the change (before and after). The agent reads
// settings on every turn, so the next customer message already uses the new value.
export async function saveSetting<A extends SettingArea>(
  db: Db,
  input: { area: A; value: unknown; user: Pick<SessionUser, "id">; keys?: Record<string, string | undefined> },
): Promise<{ value: SettingValues[A]; changed: boolean }> {
  const parsed = SETTING_SCHEMAS[input.area].safeParse(input.value);
  if (!parsed.success) throw invalidSettings(fieldErrorsOf(parsed.error));
  const value = parsed.data as SettingValues[A];
  if (input.area === "model") checkModel((value as SettingValues["model"]).model, input.keys ?? process.env);

  const key = SETTING_KEYS[input.area];
  const [current] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
  const before = current?.value ?? null;
  if (canonicalJson(before) === canonicalJson(value)) return { value, changed: false };
  await writeSettingValue(db, { key, value, userId: input.user.id });
  await recordSettingChange(db, { targetType: "setting", targetId: key, actorId: input.user.id, before, after: value });
  invalidateSettingsCache();
  return { value, changed: true };
}

function checkModel(model: string, keys: Record<string, string | undefined>): void {
  const available = listAvailableModels(env(), keys);
  if (!available.some((option) => option.id === model)) {
    throw invalidSettings([{ field: "model", message: `"${model}" is not configured here; choose one of ${available.map((option) => option.id).join(", ")}` }]);
  }
}
