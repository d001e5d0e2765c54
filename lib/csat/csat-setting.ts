import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";

// `csat.enabled` in the settings table: true or false (or { "enabled": bool }); missing means on.
export const CSAT_ENABLED_SETTING = "csat.enabled";

export async function isCsatEnabled(db: Db): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, CSAT_ENABLED_SETTING)).limit(1);
  if (!row) return true;
  if (typeof row.value === "boolean") return row.value;
  if (typeof row.value === "object" && row.value !== null && "enabled" in row.value && typeof row.value.enabled === "boolean") return row.value.enabled;
  return true;
}
