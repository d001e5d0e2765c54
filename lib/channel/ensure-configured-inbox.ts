import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { inboxes } from "@/lib/db/schema";
import type { WhatsAppConfig } from "./whatsapp-config";

// The configured business number always has an inbox, so the first customer message lands in a
// named place (more numbers are added as inboxes by admins).
export async function ensureConfiguredInbox(db: Db, config: WhatsAppConfig): Promise<void> {
  if (!config.phoneNumberId) return;
  await db
    .insert(inboxes)
    .values({ name: `WhatsApp +${config.displayPhoneNumber}`, phoneNumberId: config.phoneNumberId, displayPhoneNumber: config.displayPhoneNumber, wabaId: config.wabaId || null })
    .onConflictDoUpdate({ target: inboxes.phoneNumberId, set: { wabaId: sql`coalesce(${inboxes.wabaId}, excluded.waba_id)` } });
}
