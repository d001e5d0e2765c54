import { and, inArray, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";

export type ConversationKey = `${string}|${string}`;
export const conversationKey = (inboxId: string, contactId: string): ConversationKey => `${inboxId}|${contactId}`;

// Finds the live (not resolved) conversation for each inbox+customer pair, opening new ones where
// none is live. A partial unique index makes concurrent openings converge on one row.
export async function openConversations(
  tx: Db,
  pairs: { inboxId: string; contactId: string }[],
): Promise<{ byKey: Map<ConversationKey, { id: string; inboxId: string }>; created: { id: string; inboxId: string }[] }> {
  const byKey = new Map<ConversationKey, { id: string; inboxId: string }>();
  if (pairs.length === 0) return { byKey, created: [] };
  const select = () =>
    tx
      .select({ id: conversations.id, inboxId: conversations.inboxId, contactId: conversations.contactId })
      .from(conversations)
      .where(and(ne(conversations.status, "resolved"), inArray(conversations.contactId, [...new Set(pairs.map((p) => p.contactId))])));
  for (const row of await select()) byKey.set(conversationKey(row.inboxId, row.contactId), { id: row.id, inboxId: row.inboxId });

  const missing = pairs.filter((pair) => !byKey.has(conversationKey(pair.inboxId, pair.contactId)));
  const created: { id: string; inboxId: string }[] = [];
  if (missing.length > 0) {
    const inserted = await tx
      .insert(conversations)
      .values(missing.map((pair) => ({ inboxId: pair.inboxId, contactId: pair.contactId, status: "open" as const, owner: "bot" as const })))
      .onConflictDoNothing()
      .returning({ id: conversations.id, inboxId: conversations.inboxId, contactId: conversations.contactId });
    for (const row of inserted) {
      byKey.set(conversationKey(row.inboxId, row.contactId), { id: row.id, inboxId: row.inboxId });
      created.push({ id: row.id, inboxId: row.inboxId });
    }
    // Rows another transaction opened in the meantime.
    if (inserted.length < missing.length) {
      for (const row of await select()) byKey.set(conversationKey(row.inboxId, row.contactId), { id: row.id, inboxId: row.inboxId });
    }
  }
  return { byKey, created };
}
