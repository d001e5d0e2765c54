import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";
import type { QueueCounts } from "./console-types";
import { filterCondition, queueCondition } from "./conversation-filters";

// Every queue's size under the same filters as the list, in one scan: count(*) filter (where …).
export async function countConversationQueues(db: Db, options: { filters: ConversationFilters; userId: string }): Promise<QueueCounts> {
  const tally = (queue: ConversationQueue) => {
    const condition: SQL | undefined = queueCondition(queue, options.userId);
    return (condition ? sql<number>`count(*) filter (where ${condition})` : sql<number>`count(*)`).mapWith(Number);
  };
  const [row] = await db
    .select({
      needs_human: tally("needs_human"),
      mine: tally("mine"),
      unassigned: tally("unassigned"),
      bot: tally("bot"),
      snoozed: tally("snoozed"),
      resolved: tally("resolved"),
      all: tally("all"),
    } satisfies Record<ConversationQueue, unknown>)
    .from(conversations)
    .where(filterCondition(options.filters));
  return row ?? { needs_human: 0, mine: 0, unassigned: 0, bot: 0, snoozed: 0, resolved: 0, all: 0 };
}
