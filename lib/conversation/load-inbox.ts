import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";
import type { ConversationListResponse } from "./console-types";
import { searchMatches } from "./conversation-filters";
import { countConversationQueues, emptyCounts } from "./count-conversation-queues";
import { listConversations } from "./list-conversations";

// What the inbox shows for one queue and filter set: the page of conversations and every queue's
// count. A search is run once and its conversation ids are handed to both the list and the counts
// (as one array parameter), instead of each statement reading the text index, the messages and the
// contacts again; a search that finds nothing answers without further queries.
export async function loadInbox(
  db: Db,
  options: { queue: ConversationQueue; filters: ConversationFilters; limit: number; userId: string },
): Promise<ConversationListResponse> {
  const { queue, filters, limit, userId } = options;
  let matches;
  if (filters.q) {
    const found = await queryRows<{ id: string }>(db, searchMatches(filters.q));
    if (found.length === 0) return { conversations: [], counts: emptyCounts() };
    // One text parameter, not one placeholder per id (drizzle expands JS arrays into placeholders,
    // and the protocol allows at most 65,535 of them).
    matches = sql`select unnest(${`{${found.map((row) => row.id).join(",")}}`}::uuid[]) as id`;
  }
  const [conversations, counts] = await Promise.all([
    listConversations(db, { queue, filters, limit, userId, matches }),
    countConversationQueues(db, { filters, userId, matches }),
  ]);
  return { conversations, counts };
}
