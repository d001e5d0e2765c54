import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";

// Stores a settings value, or removes the row (back to the default) for null.
export async function writeSettingValue(db: Db, input: { key: string; value: unknown; userId: string }): Promise<void> {
  if (input.value === null || input.value === undefined) {
    await db.delete(settings).where(eq(settings.key, input.key));
    return;
  }
  await db
    .insert(settings)
    .values({ key: input.key, value: input.value, updatedById: input.userId, updatedAt: new Date() })
    .onConflictDoUpdate({ target: settings.key, set: { value: input.value, updatedById: input.userId, updatedAt: new Date() } });
}
