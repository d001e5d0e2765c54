import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, conversationTallies } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { CONVERSATION_QUEUES, type ConversationFilters } from "@/lib/validation/conversations";
import type { QueueCounts } from "./console-types";
import { attributeCondition, type ColumnQueue, columnQueueCondition, queueCondition, scopeCondition, searchMatches, waitingHandoffConversations } from "./conversation-filters";

// Tally rows beyond which a read folds them into one row per group (a few hundred rows sum in well
// under a millisecond; every assignment, resolve or reopen appends two).
const COMPACT_AFTER_ROWS = 500;

// Every queue's size under the same filters as the list. Without filters, or with only the inbox and
// team filters, the sizes are sums of conversation_tallies (kept by triggers in the writers' own
// transactions, so exact at the reading snapshot) and "Needs a human" comes from the waiting
// handoffs: nothing proportional to the number of conversations is read. Other filters need the
// conversations' own columns: one pass over the conversations that match, with every queue's
// condition as a `count(*) filter`; with a search, its set of conversations is found once
// (materialized) and only those conversations are read.
// `matches`: the search's conversation ids when the caller found them already (loadInbox).
export async function countConversationQueues(db: Db, options: { filters: ConversationFilters; userId: string; matches?: SQL }): Promise<QueueCounts> {
  const { filters } = options;
  const tallied = !filters.q && !filters.label && !filters.language && !filters.priority && !filters.intent;
  return tallied ? countFromTallies(db, options) : countByScan(db, options);
}

async function countFromTallies(db: Db, options: { filters: ConversationFilters; userId: string }): Promise<QueueCounts> {
  const sum = (queue: ColumnQueue) => {
    const condition = columnQueueCondition(queue, options.userId, conversationTallies);
    const total = condition ? sql`sum(${conversationTallies.conversations}) filter (where ${condition})` : sql`sum(${conversationTallies.conversations})`;
    return sql<number>`coalesce(${total}, 0)`.mapWith(Number);
  };
  const [row] = await db
    .select({
      needs_human: needsHumanCount(scopeCondition(options.filters, conversations)).mapWith(Number),
      mine: sum("mine"),
      unassigned: sum("unassigned"),
      bot: sum("bot"),
      snoozed: sum("snoozed"),
      resolved: sum("resolved"),
      all: sum("all"),
      tallyRows: sql<number>`count(*)`.mapWith(Number),
    })
    .from(conversationTallies)
    .where(scopeCondition(options.filters, conversationTallies));
  if (!row) return emptyCounts();
  const { tallyRows, ...counts } = row;
  if (tallyRows > COMPACT_AFTER_ROWS) await compactTallies(db);
  return counts;
}

async function countByScan(db: Db, options: { filters: ConversationFilters; userId: string; matches?: SQL }): Promise<QueueCounts> {
  const { q } = options.filters;
  const attributes = attributeCondition(options.filters);
  const counted = sql.join(
    CONVERSATION_QUEUES.map((queue) => {
      const condition = queueCondition(queue, options.userId);
      return sql`${condition ? sql`count(*) filter (where ${condition})` : sql`count(*)`} as ${sql.identifier(queue)}`;
    }),
    sql`, `,
  );
  const where = attributes ? sql`where ${attributes}` : sql``;
  // With a search, its matches are found once (materialized) and joined with conversations; the
  // planner hashes them or probes by primary key depending on their number. (A forced primary-key
  // probe per match is estimated costly enough on a common word for PostgreSQL to JIT-compile the
  // plan, which costs more than it saves.) Without a search, one scan of conversations.
  const query = q
    ? sql`with found as materialized (${options.matches ?? searchMatches(q)}) select ${counted} from found join ${conversations} on ${conversations.id} = found.id ${where}`
    : sql`select ${counted} from ${conversations} ${where}`;
  const [row] = await queryRows<Record<keyof QueueCounts, number | string>>(db, query);
  if (!row) return emptyCounts();
  return {
    needs_human: Number(row.needs_human),
    mine: Number(row.mine),
    unassigned: Number(row.unassigned),
    bot: Number(row.bot),
    snoozed: Number(row.snoozed),
    resolved: Number(row.resolved),
    all: Number(row.all),
  };
}

// The conversations with a waiting handoff that meet `condition`: each looked up by primary key from
// the (few) waiting handoffs. The lateral subquery with its LIMIT keeps the planner from hashing the
// handoffs against a scan of every conversation.
function needsHumanCount(condition: SQL | undefined): SQL<number> {
  if (!condition) return sql<number>`(select count(distinct w.conversation_id) from (${waitingHandoffConversations()}) w)`;
  return sql<number>`(select count(*) from (select distinct w.conversation_id as id from (${waitingHandoffConversations()}) w) waiting
    cross join lateral (select 1 from ${conversations} where ${conversations.id} = waiting.id and ${condition} limit 1) matched)`;
}

// One summed row per group instead of its appended deltas. Only committed rows no concurrent
// compaction holds are taken (skip locked), so two compactions never wait for each other or count a
// row twice, and writers (who only insert) are never blocked.
async function compactTallies(db: Db): Promise<void> {
  await db.execute(sql`with taken as (
      delete from ${conversationTallies} where id in (select id from ${conversationTallies} for update skip locked)
      returning inbox_id, team_id, status, owner, assignee_id, conversations
    )
    insert into ${conversationTallies} (inbox_id, team_id, status, owner, assignee_id, conversations)
    select inbox_id, team_id, status, owner, assignee_id, sum(conversations) from taken
    group by inbox_id, team_id, status, owner, assignee_id having sum(conversations) <> 0`);
}

export function emptyCounts(): QueueCounts {
  return { needs_human: 0, mine: 0, unassigned: 0, bot: 0, snoozed: 0, resolved: 0, all: 0 };
}
