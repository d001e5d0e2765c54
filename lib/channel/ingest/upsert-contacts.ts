import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts } from "@/lib/db/schema";

// One statement for the whole batch; a profile name only ever replaces the stored one when Meta
// sent one (system messages come without).
export async function upsertContacts(tx: Db, profiles: Map<string, string | null>): Promise<Map<string, string>> {
  if (profiles.size === 0) return new Map();
  const rows = await tx
    .insert(contacts)
    .values([...profiles].map(([waId, profileName]) => ({ waId, profileName })))
    .onConflictDoUpdate({
      target: contacts.waId,
      set: { profileName: sql`coalesce(excluded.profile_name, ${contacts.profileName})`, updatedAt: sql`now()` },
    })
    .returning({ id: contacts.id, waId: contacts.waId });
  return new Map(rows.map((row) => [row.waId, row.id]));
}
