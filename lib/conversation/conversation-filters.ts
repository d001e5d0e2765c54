import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { contacts, conversations, handoffs, messages } from "@/lib/db/schema";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";

// The WHERE conditions of the inbox, shared by the list and the queue counts so a badge never
// disagrees with the list it opens. Conditions read `conversations` only (a search reaches contacts
// and messages through its own subquery), or the same columns of the queue counts' tallies.

// The columns a queue or the inbox/team scope is decided on: conversations' own, or the ones the
// tallies keep per group of conversations (conversation_tallies).
export type CountedColumns = { inboxId: PgColumn; teamId: PgColumn; status: PgColumn; owner: PgColumn; assigneeId: PgColumn };

// The queues decided by the counted columns alone; "Needs a human" depends on the handoffs.
export type ColumnQueue = Exclude<ConversationQueue, "needs_human">;

export function queueCondition(queue: ConversationQueue, userId: string): SQL | undefined {
  if (queue === "needs_human") {
    // IN, not a correlated EXISTS: the waiting handoffs are read once (handoffs_status_idx) and
    // hashed, instead of one probe per conversation.
    return sql`${conversations.id} in (${waitingHandoffConversations()})`;
  }
  return columnQueueCondition(queue, userId, conversations);
}

export function columnQueueCondition(queue: ColumnQueue, userId: string, on: CountedColumns): SQL | undefined {
  switch (queue) {
    case "mine":
      return and(eq(on.assigneeId, userId), ne(on.status, "resolved"));
    case "unassigned":
      return and(eq(on.owner, "human"), eq(on.status, "open"), sql`${on.assigneeId} is null`);
    case "bot":
      return and(eq(on.owner, "bot"), eq(on.status, "open"));
    case "snoozed":
      return eq(on.status, "snoozed");
    case "resolved":
      return eq(on.status, "resolved");
    case "all":
      return undefined;
  }
}

// The ids of the conversations with a waiting handoff ("Needs a human"), duplicates included.
export function waitingHandoffConversations(): SQL {
  return sql`select h.conversation_id from ${handoffs} h where h.status = 'waiting'`;
}

// Every filter but the search.
export function attributeCondition(filters: ConversationFilters): SQL | undefined {
  return and(
    scopeCondition(filters, conversations),
    filters.label ? sql`${conversations.labels} @> array[${filters.label}]::text[]` : undefined,
    filters.language ? eq(conversations.language, filters.language) : undefined,
    filters.priority ? eq(conversations.priority, filters.priority) : undefined,
    filters.intent ? eq(conversations.intent, filters.intent) : undefined,
  );
}

// The inbox and team filters, the only ones the tallies can answer.
export function scopeCondition(filters: ConversationFilters, on: CountedColumns): SQL | undefined {
  return and(filters.inboxId ? eq(on.inboxId, filters.inboxId) : undefined, filters.teamId ? eq(on.teamId, filters.teamId) : undefined);
}

// The ids (column `id`, each once) of the conversations a search finds: words anywhere in what the
// customer, the bot or a person said (notes stay out: the customer never saw them), or a fragment of
// the customer's name, number or e-mail. The text search expression is the one the GIN index
// messages_body_search_idx is built on. One set for both, not a correlated EXISTS OR-ed with the
// contact's fields: the matching messages come from one GIN index scan and the matching contacts from
// one scan of contacts' search_text (the four fields lower-cased in one column, so one LIKE per
// contact instead of four ILIKEs).
export function searchMatches(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  return sql`select m.conversation_id as id from ${messages} m
    where to_tsvector('simple', coalesce(m.body, '')) @@ plainto_tsquery('simple', ${q}) and not m.is_private_note
    union
    select sc.id from ${conversations} sc join ${contacts} k on k.id = sc.contact_id
    where k.search_text like lower(${pattern})`;
}

// LIKE's wildcards typed by a person are literal characters (backslash is the default escape).
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
