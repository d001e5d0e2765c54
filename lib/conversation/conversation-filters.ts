import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { contacts, conversations, handoffs, messages } from "@/lib/db/schema";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";

// The WHERE conditions of the inbox, shared by the list and the queue counts so a badge never
// disagrees with the list it opens. Conditions expect `conversations` joined with `contacts`.

export function queueCondition(queue: ConversationQueue, userId: string): SQL | undefined {
  switch (queue) {
    case "needs_human":
      return sql`exists (select 1 from ${handoffs} h where h.conversation_id = ${conversations.id} and h.status = 'waiting')`;
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
// the one the GIN index messages_body_search_idx is built on.
function searchCondition(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  return sql`(
    exists (
      select 1 from ${messages} m
      where m.conversation_id = ${conversations.id} and not m.is_private_note
        and to_tsvector('simple', coalesce(m.body, '')) @@ plainto_tsquery('simple', ${q})
    )
    or ${contacts.name} ilike ${pattern}
    or ${contacts.profileName} ilike ${pattern}
    or ${contacts.waId} ilike ${pattern}
    or ${contacts.email} ilike ${pattern}
  )`;
}

// ILIKE's wildcards typed by a person are literal characters (backslash is the default escape).
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
