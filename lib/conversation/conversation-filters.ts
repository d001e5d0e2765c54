import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { contacts, conversations, handoffs, messages } from "@/lib/db/schema";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";

// The WHERE conditions of the inbox, shared by the list and the queue counts so a badge never
// disagrees with the list it opens. Conditions read `conversations` only (a search reaches contacts
// and messages through its own subquery).

export function queueCondition(queue: ConversationQueue, userId: string): SQL | undefined {
  switch (queue) {
    case "needs_human":
      // IN, not a correlated EXISTS: the waiting handoffs are read once (handoffs_status_idx) and
      // hashed, instead of one probe per conversation in the counts' scan.
      return sql`${conversations.id} in (select h.conversation_id from ${handoffs} h where h.status = 'waiting')`;
    case "mine":
      return and(eq(conversations.assigneeId, userId), ne(conversations.status, "resolved"));
    case "unassigned":
      return and(eq(conversations.owner, "human"), eq(conversations.status, "open"), sql`${conversations.assigneeId} is null`);
    case "bot":
      return and(eq(conversations.owner, "bot"), eq(conversations.status, "open"));
    case "snoozed":
      return eq(conversations.status, "snoozed");
    case "resolved":
      return eq(conversations.status, "resolved");
    case "all":
      return undefined;
  }
}

export function filterCondition(filters: ConversationFilters): SQL | undefined {
  return and(
    filters.inboxId ? eq(conversations.inboxId, filters.inboxId) : undefined,
    filters.teamId ? eq(conversations.teamId, filters.teamId) : undefined,
    filters.label ? sql`${conversations.labels} @> array[${filters.label}]::text[]` : undefined,
    filters.language ? eq(conversations.language, filters.language) : undefined,
    filters.priority ? eq(conversations.priority, filters.priority) : undefined,
    filters.intent ? eq(conversations.intent, filters.intent) : undefined,
    filters.q ? searchCondition(filters.q) : undefined,
  );
}

// Words anywhere in what the customer, the bot or a person said (notes stay out: the customer never
// saw them), or a fragment of the customer's name, number or e-mail. The text search expression is
// the one the GIN index messages_body_search_idx is built on. One IN over the union of both sets, not
// a correlated EXISTS OR-ed with the contact's fields: the matching messages come from one GIN index
// scan and the matching contacts from one scan of contacts, and the planner joins that set of ids
// with conversations by primary key when it is small (an order number) or hashes it when it is large.
function searchCondition(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  return sql`${conversations.id} in (
    select m.conversation_id from ${messages} m
    where to_tsvector('simple', coalesce(m.body, '')) @@ plainto_tsquery('simple', ${q}) and not m.is_private_note
    union
    select sc.id from ${conversations} sc join ${contacts} k on k.id = sc.contact_id
    where k.name ilike ${pattern} or k.profile_name ilike ${pattern} or k.wa_id ilike ${pattern} or k.email ilike ${pattern}
  )`;
}

// ILIKE's wildcards typed by a person are literal characters (backslash is the default escape).
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
