import { inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { inboxes } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";

const log = childLogger("channel");

// Maps business phone number ids to inboxes. A webhook for a number we have not configured still
// gets an inbox (named after the number) instead of being dropped.
export async function ensureInboxes(tx: Db, numbers: Map<string, string>): Promise<Map<string, string>> {
  const ids = [...numbers.keys()];
  if (ids.length === 0) return new Map();
  const existing = await tx.select({ id: inboxes.id, phoneNumberId: inboxes.phoneNumberId }).from(inboxes).where(inArray(inboxes.phoneNumberId, ids));
  const result = new Map(existing.map((row) => [row.phoneNumberId, row.id]));
  const missing = ids.filter((id) => !result.has(id));
  if (missing.length > 0) {
    log.warn({ phoneNumberIds: missing }, "webhook for an unconfigured number: creating an inbox for it");
    await tx
      .insert(inboxes)
      .values(missing.map((phoneNumberId) => ({ phoneNumberId, name: `WhatsApp +${numbers.get(phoneNumberId)}`, displayPhoneNumber: numbers.get(phoneNumberId) ?? phoneNumberId })))
      .onConflictDoNothing();
    const created = await tx.select({ id: inboxes.id, phoneNumberId: inboxes.phoneNumberId }).from(inboxes).where(inArray(inboxes.phoneNumberId, missing));
    for (const row of created) result.set(row.phoneNumberId, row.id);
  }
  return result;
}
