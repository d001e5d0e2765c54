import { desc, eq, exists, ilike, or, and, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations } from "@/lib/db/schema";

export type DryRunConversationOption = { id: string; contactName: string; waId: string; lastMessageAt: string | null; turns: number; intent: string | null };

// Recent conversations the agent answered at least once: the ones a dry run can replay.
export async function listDryRunConversations(db: Db, input: { search?: string; limit?: number } = {}): Promise<DryRunConversationOption[]> {
  const search = input.search?.trim();
  const rows = await db
    .select({
      id: conversations.id,
      name: contacts.name,
      profileName: contacts.profileName,
      waId: contacts.waId,
      lastMessageAt: conversations.lastMessageAt,
      intent: conversations.intent,
      turns: sql<number>`(select count(*)::int from ${agentTurns} where ${agentTurns.conversationId} = ${conversations.id})`,
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(
      and(
        exists(db.select({ one: sql`1` }).from(agentTurns).where(eq(agentTurns.conversationId, conversations.id))),
        search ? or(ilike(contacts.name, `%${search}%`), ilike(contacts.profileName, `%${search}%`), ilike(contacts.waId, `%${search}%`)) : undefined,
      ),
    )
    .orderBy(desc(sql`coalesce(${conversations.lastMessageAt}, ${conversations.createdAt})`))
    .limit(input.limit ?? 50);
  return rows.map((row) => ({
    id: row.id,
    contactName: row.name ?? row.profileName ?? row.waId,
    waId: row.waId,
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    turns: Number(row.turns),
    intent: row.intent,
  }));
}
