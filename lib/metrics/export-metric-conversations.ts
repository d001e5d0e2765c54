import { sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { runMetricsQuery } from "./run-metrics-query";
import type { MetricSet } from "@/lib/validation/metrics";
import { factsCte, type MetricsScope, setPredicate } from "./conversation-facts";

// The CSV's columns, one row per conversation: the facts every figure is computed from. Customer
// names and numbers are left out on purpose (the conversation id leads back to them in the inbox).
export const EXPORT_COLUMNS = [
  "conversation_id",
  "created_at",
  "inbox",
  "intent",
  "status",
  "resolved_at",
  "bot_first_response_s",
  "bot_first_useful_s",
  "human_first_response_s",
  "escalated",
  "escalation_reason",
  "handoffs",
  "handoffs_complete",
  "first_pickup_s",
  "bot_resolved",
  "reopened",
  "recontacted",
  "reversed",
  "contained",
  "csat_sent",
  "csat_score",
] as const;

export type MetricsExport = { csv: string; rows: number };

// Builds the CSV of every conversation in the scope (optionally only those behind one figure), oldest
// first, and audits the export (`metrics.exported`: who, which range and set, how many rows). Values
// are computed in SQL and written as text, so the file matches the dashboard exactly.
export async function exportMetricConversations(
  db: Db,
  input: { scope: MetricsScope; set: MetricSet; reason?: string; intent?: string; actorUserId: string },
): Promise<MetricsExport> {
  const rows = await runMetricsQuery<{ line: string }>(
    db,
    sql`
      with ${factsCte(input.scope)}
      select concat_ws(',',
        facts.id::text,
        to_char(facts.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        ${csvText(sql`i.name`)},
        ${csvText(sql`facts.intent`)},
        facts.status,
        coalesce(to_char(facts.resolved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ''),
        coalesce(round(facts.bot_response_s::numeric, 1)::text, ''),
        coalesce(round(facts.bot_useful_s::numeric, 1)::text, ''),
        coalesce(round(facts.human_response_s::numeric, 1)::text, ''),
        facts.escalated::text,
        coalesce(facts.escalation_reason, ''),
        facts.handoffs::text,
        facts.handoffs_complete::text,
        coalesce(round(facts.first_pickup_s::numeric, 1)::text, ''),
        facts.bot_resolved::text,
        facts.reopened::text,
        facts.recontacted::text,
        facts.reversed::text,
        facts.contained::text,
        facts.csat_sent::text,
        coalesce(facts.csat_score::text, '')
      ) as line
      from facts
      join inboxes i on i.id = facts.inbox_id
      where ${setPredicate(input.set, { reason: input.reason, intent: input.intent })}
      order by facts.created_at, facts.id`,
  );
  const lines = [EXPORT_COLUMNS.join(","), ...rows.map((row) => row.line)];
  await recordAuditEvent(db, {
    actorType: "user",
    actorId: input.actorUserId,
    action: "metrics.exported",
    targetType: "metrics",
    data: {
      from: input.scope.from.toISOString(),
      to: input.scope.to.toISOString(),
      inboxId: input.scope.inboxId ?? null,
      set: input.set,
      reason: input.reason ?? null,
      intent: input.intent ?? null,
      rows: rows.length,
    },
  });
  return { csv: `${lines.join("\r\n")}\r\n`, rows: rows.length };
}

// RFC 4180 quoting, and a leading ' against formula injection in spreadsheets.
function csvText(value: ReturnType<typeof sql>) {
  return sql`'"' || replace(case when left(${value}, 1) in ('=', '+', '-', '@') then '''' || ${value} else ${value} end, '"', '""') || '"'`;
}
