import { and } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";
import type { ConversationListItem } from "./console-types";
import { filterCondition, queueCondition } from "./conversation-filters";
import { selectConversationItems } from "./select-conversation-items";

// One inbox queue as the signed-in person sees it. "Needs a human" is worked oldest-waiting first;
// every other queue shows the latest activity first.
export async function listConversations(
  db: Db,
  options: { queue: ConversationQueue; filters: ConversationFilters; limit: number; userId: string },
): Promise<ConversationListItem[]> {
  const rows = await selectConversationItems(db, {
    userId: options.userId,
    where: and(queueCondition(options.queue, options.userId), filterCondition(options.filters)),
    order: options.queue === "needs_human" ? "waiting_longest" : "latest_activity",
    limit: options.limit,
  });
  return rows.map(({ resolvedAt: _resolvedAt, inboxName: _inboxName, ...item }) => item);
}
