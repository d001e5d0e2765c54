import { and, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";
import type { ConversationListItem } from "./console-types";
import { attributeCondition, queueCondition, searchMatches } from "./conversation-filters";
import { selectConversationItems } from "./select-conversation-items";

// One inbox queue as the signed-in person sees it. "Needs a human" is worked oldest-waiting first;
// every other queue shows the latest activity first. A search's matches are found first and the page
// is chosen among them.
export async function listConversations(
  db: Db,
  // matches: the search's conversation ids when the caller found them already (loadInbox).
  options: { queue: ConversationQueue; filters: ConversationFilters; limit: number; userId: string; matches?: SQL },
): Promise<ConversationListItem[]> {
  const waiting = options.queue === "needs_human";
  const rows = await selectConversationItems(db, {
    userId: options.userId,
    // "Waiting longest" reads the conversations with a waiting handoff only: the queue's own
    // condition would only repeat that (one more handoff lookup per row).
    where: and(waiting ? undefined : queueCondition(options.queue, options.userId), attributeCondition(options.filters)),
    within: options.filters.q ? (options.matches ?? searchMatches(options.filters.q)) : undefined,
    order: waiting ? "waiting_longest" : "latest_activity",
    limit: options.limit,
  });
  return rows.map(({ resolvedAt: _resolvedAt, inboxName: _inboxName, ...item }) => item);
}
