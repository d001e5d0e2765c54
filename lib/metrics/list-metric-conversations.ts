import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { runMetricsQuery } from "./run-metrics-query";
import type { MetricSet } from "@/lib/validation/metrics";
import { factsCte, type MetricsScope, setPredicate } from "./conversation-facts";

export const METRIC_CONVERSATIONS_PAGE_SIZE = 50;

const rowSchema = z.object({
  id: z.string(),
  created_at: z.union([z.date(), z.string()]).transform((value) => new Date(value).toISOString()),
  inbox_name: z.string(),
  contact_name: z.string().nullable(),
  intent: z.string(),
  status: z.string(),
  escalation_reason: z.string().nullable(),
  bot_response_s: z.union([z.null(), z.coerce.number()]),
  human_response_s: z.union([z.null(), z.coerce.number()]),
  bot_resolved: z.boolean(),
  contained: z.boolean(),
  reopened: z.boolean(),
  recontacted: z.boolean(),
  reversed: z.boolean(),
  csat_score: z.union([z.null(), z.coerce.number()]),
  total: z.coerce.number(),
});

export type MetricConversation = {
  id: string;
  createdAt: string;
  inboxName: string;
  contactName: string | null;
  intent: string;
  status: string;
  escalationReason: string | null;
  botResponseSeconds: number | null;
  humanResponseSeconds: number | null;
  botResolved: boolean;
  contained: boolean;
  reopened: boolean;
  recontacted: boolean;
  reversed: boolean;
  csatScore: number | null;
};

export type MetricConversationPage = { total: number; page: number; pageSize: number; conversations: MetricConversation[] };

// The conversations behind one figure, newest first, a page at a time.
export async function listMetricConversations(
  db: Db,
  input: { scope: MetricsScope; set: MetricSet; reason?: string; intent?: string; page: number },
): Promise<MetricConversationPage> {
  const offset = (input.page - 1) * METRIC_CONVERSATIONS_PAGE_SIZE;
  const rows = await runMetricsQuery<Record<string, unknown>>(
    db,
    sql`
      with ${factsCte(input.scope)},
      picked as (
        select facts.*, count(*) over () as total
        from facts
        where ${setPredicate(input.set, { reason: input.reason, intent: input.intent })}
        order by facts.created_at desc, facts.id
        limit ${METRIC_CONVERSATIONS_PAGE_SIZE} offset ${offset}
      )
      select p.id::text as id, p.created_at, i.name as inbox_name,
        case when ct.erased_at is null then coalesce(ct.name, ct.profile_name) end as contact_name,
        p.intent, p.status, p.escalation_reason, p.bot_response_s, p.human_response_s, p.bot_resolved, p.contained,
        p.reopened, p.recontacted, p.reversed, p.csat_score, p.total
      from picked p
      join inboxes i on i.id = p.inbox_id
      join contacts ct on ct.id = p.contact_id
      order by p.created_at desc, p.id`,
  );
  const parsed = rows.map((row) => rowSchema.parse(row));
  const total = parsed[0]?.total ?? (input.page > 1 ? await countSet(db, input) : 0);
  return {
    total,
    page: input.page,
    pageSize: METRIC_CONVERSATIONS_PAGE_SIZE,
    conversations: parsed.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      inboxName: row.inbox_name,
      contactName: row.contact_name,
      intent: row.intent,
      status: row.status,
      escalationReason: row.escalation_reason,
      botResponseSeconds: row.bot_response_s,
      humanResponseSeconds: row.human_response_s,
      botResolved: row.bot_resolved,
      contained: row.contained,
      reopened: row.reopened,
      recontacted: row.recontacted,
      reversed: row.reversed,
      csatScore: row.csat_score,
    })),
  };
}

// A page past the end has no row to carry the total.
async function countSet(db: Db, input: { scope: MetricsScope; set: MetricSet; reason?: string; intent?: string }): Promise<number> {
  const rows = await runMetricsQuery<{ total: unknown }>(
    db,
    sql`with ${factsCte(input.scope)} select count(*) as total from facts where ${setPredicate(input.set, { reason: input.reason, intent: input.intent })}`,
  );
  return Number(rows[0]?.total ?? 0);
}
