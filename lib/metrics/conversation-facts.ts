import { type SQL, sql } from "drizzle-orm";
import type { MetricSet } from "@/lib/validation/metrics";

export type MetricsScope = {
  // Conversations created in [from, to).
  from: Date;
  to: Date;
  inboxId?: string | null;
  // Reopens, recontacts and reversals up to this many days after the resolution count against
  // "containment with correctness" and the recontact rate.
  windowDays: number;
};

// Every figure on the dashboard, every drill-down list and the CSV export are computed from the same
// per-conversation facts, so a number and the list behind it can never disagree. The CTEs read only
// the conversations of the range (conversations_created_idx) and reach their messages, turns,
// handoffs and surveys through per-conversation indexes; the audit log is read by action
// (audit_events_action_idx). The result is the CTE `facts`, one row per conversation:
//
//   first_customer_at       the customer's first message
//   bot_response_s          first assistant message − first customer message (seconds)
//   bot_useful_s            first *useful* assistant message − first customer message: the first
//                           assistant message sent inside a turn that completed without handing over,
//                           and before any handoff
//   human_response_s        first reply by a person (not a private note) − the moment a person was
//                           needed: the first handoff, or the customer's first message when a person
//                           wrote without a handoff
//   escalated, escalation_reason   the conversation has a handoff; the reason of its first one
//   resolved                status resolved (resolved_at set)
//   bot_resolved            resolved with no handoff and no message from a person
//   reopened                a person reopened it (audit `conversation.reopened`) before its last
//                           resolution or up to the window after it
//   recontacted             the same contact started another conversation within the window after
//                           the resolution (any inbox)
//   reversed                a change the assistant made in it was undone: an order it cancelled
//                           (audit `agent.tool.cancel_order`, executed, ok) is no longer cancelled and
//                           was changed after the call and within the window after the resolution, or
//                           a refund it requested (cancel_order / request_refund outcome) is now
//                           rejected (refunds keep no change time, so a rejection counts whenever it
//                           happened)
//   contained               bot_resolved and none of reopened, recontacted, reversed
//   csat_sent, csat_score   the survey row exists; its score 1..5 when answered
export function factsCte(scope: MetricsScope): SQL {
  const from = scope.from.toISOString();
  const to = scope.to.toISOString();
  const window = sql`make_interval(days => ${scope.windowDays}::int)`;
  const inbox = scope.inboxId ? sql`and c.inbox_id = ${scope.inboxId}::uuid` : sql``;
  return sql`
    base as materialized (
      select c.id, c.inbox_id, c.contact_id, c.created_at, c.status, c.resolved_at,
        coalesce(nullif(c.intent, ''), 'unknown') as intent
      from conversations c
      where c.created_at >= ${from}::timestamptz and c.created_at < ${to}::timestamptz ${inbox}
    ),
    hand as materialized (
      select h.id, h.conversation_id, h.created_at, h.reason, h.status, h.accepted_at,
        exists (
          select 1 from jsonb_array_elements(case when jsonb_typeof(h.packet->'identifiers') = 'array' then h.packet->'identifiers' else '[]'::jsonb end) i
          where btrim(coalesce(i->>'value', '')) <> ''
        ) as has_identifiers,
        coalesce(case when jsonb_typeof(h.packet->'stepsTried') = 'array' then jsonb_array_length(h.packet->'stepsTried') end, 0) > 0 as has_steps,
        btrim(coalesce(h.packet->>'suggestedAction', '')) <> '' as has_suggested_action
      from base b join handoffs h on h.conversation_id = b.id
    ),
    -- Per conversation, through its own index entries (messages, agent_turns, handoffs by
    -- conversation): the cost grows with the range, not with the whole history.
    f0 as materialized (
      select b.id, b.inbox_id, b.contact_id, b.created_at, b.status, b.resolved_at, b.intent,
        msg.first_customer_at, msg.first_bot_at, msg.first_human_at,
        (
          select min(m.sent_at)
          from agent_turns t
          join messages m on m.conversation_id = t.conversation_id and m.sender = 'bot'
            and m.sent_at >= t.started_at and m.sent_at <= coalesce(t.finished_at, t.started_at)
          where t.conversation_id = b.id and t.status = 'completed' and coalesce(t.outcome, '') not like 'handoff:%'
        ) as first_useful_bot_at,
        fh.created_at as first_handoff_at, fh.reason as escalation_reason,
        fh.created_at is not null as escalated,
        (b.status = 'resolved' and b.resolved_at is not null) as resolved,
        (b.status = 'resolved' and b.resolved_at is not null and fh.created_at is null and msg.first_human_at is null) as bot_resolved,
        s.id is not null as csat_sent, s.score as csat_score
      from base b
      cross join lateral (
        select
          min(m.sent_at) filter (where m.sender = 'customer') as first_customer_at,
          min(m.sent_at) filter (where m.sender = 'bot') as first_bot_at,
          min(m.sent_at) filter (where m.sender = 'agent' and not m.is_private_note) as first_human_at
        from messages m where m.conversation_id = b.id
      ) msg
      left join lateral (
        select h.created_at, h.reason from handoffs h where h.conversation_id = b.id order by h.created_at, h.id limit 1
      ) fh on true
      left join csat_surveys s on s.conversation_id = b.id
    ),
    facts as materialized (
      select f.*,
        case when f.first_bot_at >= f.first_customer_at then extract(epoch from f.first_bot_at - f.first_customer_at) end as bot_response_s,
        case when f.first_useful_bot_at >= f.first_customer_at and (f.first_handoff_at is null or f.first_useful_bot_at < f.first_handoff_at)
          then extract(epoch from f.first_useful_bot_at - f.first_customer_at) end as bot_useful_s,
        case when f.first_human_at >= coalesce(f.first_handoff_at, f.first_customer_at)
          then extract(epoch from f.first_human_at - coalesce(f.first_handoff_at, f.first_customer_at)) end as human_response_s,
        undo.reopened,
        recontact.found as recontacted,
        undo.reversed,
        (f.bot_resolved and not undo.reopened and not recontact.found and not undo.reversed) as contained
      from f0 f
      -- Probes of the small partial index audit_events_metrics_target_idx and of
      -- conversations_contact_idx, only for resolved conversations.
      cross join lateral (
        select
          case when f.resolved then exists (
            select 1 from audit_events a
            where a.target_id = f.id::text and a.action = 'conversation.reopened' and a.at <= f.resolved_at + ${window}
          ) else false end as reopened,
          case when f.bot_resolved then exists (
            select 1
            from audit_events a
            left join orders o on a.action = 'agent.tool.cancel_order' and o.number = a.data->'input'->>'orderNumber'
            left join refunds r on r.id = case when a.data->'outcome'->'data'->'refund'->>'refundId' ~ '^[0-9a-fA-F-]{36}$'
              then (a.data->'outcome'->'data'->'refund'->>'refundId')::uuid end
            where a.target_id = f.id::text and a.action in ('agent.tool.cancel_order', 'agent.tool.request_refund')
              and a.data->>'status' = 'executed' and a.data->'outcome'->>'ok' = 'true'
              and ((o.id is not null and o.state not in ('cancelled', 'refunded') and o.updated_at > a.at and o.updated_at <= f.resolved_at + ${window})
                or r.status = 'rejected')
          ) else false end as reversed
        offset 0
      ) undo
      cross join lateral (
        select case when f.resolved then exists (
          select 1 from conversations c2
          where c2.contact_id = f.contact_id and c2.created_at > f.resolved_at and c2.created_at <= f.resolved_at + ${window} and c2.id <> f.id
        ) else false end as found
        offset 0
      ) recontact
    )`;
}

// The rows of `facts` behind one figure (a drill-down), optionally narrowed to one escalation reason
// or intent. Sets about handoffs match conversations with at least one such handoff.
export function setPredicate(set: MetricSet, filters: { reason?: string; intent?: string } = {}): SQL {
  const parts: SQL[] = [SET_PREDICATES[set]];
  if (filters.reason) parts.push(sql`facts.escalation_reason = ${filters.reason}`);
  if (filters.intent) parts.push(sql`facts.intent = ${filters.intent}`);
  return sql.join(parts, sql` and `);
}

const handoffWhere = (condition: SQL) => sql`exists (select 1 from hand where hand.conversation_id = facts.id and ${condition})`;

const SET_PREDICATES: Record<MetricSet, SQL> = {
  all: sql`true`,
  bot_first_response: sql`facts.bot_response_s is not null`,
  bot_useful: sql`facts.bot_useful_s is not null`,
  human_first_response: sql`facts.human_response_s is not null`,
  bot_resolved: sql`facts.bot_resolved`,
  contained: sql`facts.contained`,
  not_contained: sql`facts.bot_resolved and not facts.contained`,
  reopened: sql`facts.bot_resolved and facts.reopened`,
  bot_recontacted: sql`facts.bot_resolved and facts.recontacted`,
  reversed: sql`facts.bot_resolved and facts.reversed`,
  resolved: sql`facts.resolved`,
  recontacted: sql`facts.resolved and facts.recontacted`,
  escalated: sql`facts.escalated`,
  handoff_complete: handoffWhere(sql`hand.has_identifiers and hand.has_steps and hand.has_suggested_action`),
  handoff_incomplete: handoffWhere(sql`not (hand.has_identifiers and hand.has_steps and hand.has_suggested_action)`),
  handoff_picked_up: handoffWhere(sql`hand.accepted_at is not null`),
  handoff_waiting: handoffWhere(sql`hand.accepted_at is null and hand.status = 'waiting'`),
  csat_sent: sql`facts.csat_sent`,
  csat_answered: sql`facts.csat_score is not null`,
  csat_positive: sql`facts.csat_score >= 4`,
  csat_negative: sql`facts.csat_score <= 3`,
};
