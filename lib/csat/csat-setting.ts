import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";
import { csatSettingSchema } from "@/lib/validation/csat";

// `csat.enabled` in the settings table: true or false (or { "enabled": bool }); missing means on.
export const CSAT_ENABLED_SETTING = "csat.enabled";

export async function isCsatEnabled(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, CSAT_ENABLED_SETTING)).limit(1);
  if (!row) return true;
  // The same schema the settings page saves with; anything unreadable keeps the survey on.
  const parsed = csatSettingSchema.safeParse(row.value);
  return parsed.success ? parsed.data.enabled : true;
}
