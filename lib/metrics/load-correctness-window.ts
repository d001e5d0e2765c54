import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { CORRECTNESS_WINDOW_SETTING, DEFAULT_CORRECTNESS_WINDOW_DAYS, correctnessWindowDaysSchema } from "@/lib/validation/metrics";

const log = childLogger("metrics");

// `metrics.correctnessWindowDays` (a JSON number, 1–90); an unset or unreadable value means 7 days.
export async function loadCorrectnessWindowDays(db: Db): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, CORRECTNESS_WINDOW_SETTING)).limit(1);
  if (!row) return DEFAULT_CORRECTNESS_WINDOW_DAYS;
  const parsed = correctnessWindowDaysSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  log.warn({ value: row.value }, "metrics.correctnessWindowDays is invalid; using 7 days");
  return DEFAULT_CORRECTNESS_WINDOW_DAYS;
}
