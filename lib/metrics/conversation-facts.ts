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
// per-conversation facts, so a number and the list behind it can never disagree. The facts that do
// not depend on the correctness window are kept in conversation_metric_facts (one row per
// conversation, recomputed by recomputeFactsStatement() when a trigger marks it stale; see
// refresh-metric-facts.ts); factsCte() reads the rows of the range through
// conversation_metric_facts_created_idx and applies the window. The result is the CTE `facts`, one
// row per conversation (the table also keeps the first_* times these are computed from):
//
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
//                           (stored without the window: the first reopen, the first later conversation
//                           of the contact, the earliest undo; compared with resolved_at + window here,
//                           so changing metrics.correctnessWindowDays needs no recompute)
//   contained               bot_resolved and none of reopened, recontacted, reversed
//   csat_sent, csat_score   the survey row exists; its score 1..5 when answered
//   handoffs, handoffs_complete, handoffs_with_identifiers, handoffs_with_steps,
//   handoffs_with_suggested_action, handoffs_picked_up, handoffs_waiting
//                           its handoffs: all, those whose packet names a non-blank identifier, lists a
//                           step tried and suggests an action (and each part), accepted, still waiting
//   handoff_pickup_s        handoff created → accepted (seconds), per accepted handoff
//   first_pickup_s          the same for its first handoff (null when that one was not accepted)
//
// Callers refresh the stale rows first (runMetricsQuery does).
export function factsCte(scope: MetricsScope): SQL {
  const from = scope.from.toISOString();
  const to = scope.to.toISOString();
  const window = sql`${`${scope.windowDays} days`}::interval`;
  const inbox = scope.inboxId ? sql`and f.inbox_id = ${scope.inboxId}::uuid` : sql``;
  return sql`
    facts as materialized (
      select f.conversation_id as id, f.inbox_id, f.contact_id, f.created_at, f.status, f.resolved_at, f.intent,
        f.escalation_reason, f.first_handoff_at is not null as escalated, f.resolved, f.bot_resolved, f.csat_sent, f.csat_score,
        f.bot_response_s, f.bot_useful_s, f.human_response_s,
        f.handoffs, f.handoffs_complete, f.handoffs_with_identifiers, f.handoffs_with_steps, f.handoffs_with_suggested_action,
        f.handoffs_picked_up, f.handoffs_waiting, f.handoff_pickup_s, f.first_pickup_s,
        w.reopened, w.recontacted, w.reversed,
        (f.bot_resolved and not w.reopened and not w.recontacted and not w.reversed) as contained
      from conversation_metric_facts f
      cross join lateral (
        select
          coalesce(f.resolved and f.first_reopened_at <= f.resolved_at + ${window}, false) as reopened,
          coalesce(f.resolved and f.next_contact_at <= f.resolved_at + ${window}, false) as recontacted,
          coalesce(f.bot_resolved and f.first_reversal_at <= f.resolved_at + ${window}, false) as reversed
      ) w
      where f.created_at >= ${from}::timestamptz and f.created_at < ${to}::timestamptz ${inbox}
    )`;
}

// Recomputes the stored facts of the conversations in `ids` (a uuid[] expression) and upserts them.
// Per conversation, through its own index entries: messages, agent_turns, handoffs by conversation;
// the audit events that undo a resolution through the partial index audit_events_metrics_target_idx;
// the same contact's later conversations through conversations_contact_idx. Rows of conversations
// that no longer exist are removed by deleteMissingFactsStatement().
export function recomputeFactsStatement(ids: SQL): SQL {
  return sql`
    insert into conversation_metric_facts (conversation_id, inbox_id, contact_id, created_at, status, resolved_at, intent,
      first_customer_at, first_bot_at, first_useful_bot_at, first_human_at, first_handoff_at, escalation_reason,
      resolved, bot_resolved, csat_sent, csat_score, first_reopened_at, next_contact_at, first_reversal_at,
      bot_response_s, bot_useful_s, human_response_s,
      handoffs, handoffs_complete, handoffs_with_identifiers, handoffs_with_steps, handoffs_with_suggested_action,
      handoffs_picked_up, handoffs_waiting, handoff_pickup_s, first_pickup_s, computed_at)
    select f.*,
      case when f.first_bot_at >= f.first_customer_at then extract(epoch from f.first_bot_at - f.first_customer_at)::float8 end,
      case when f.first_useful_bot_at >= f.first_customer_at and (f.first_handoff_at is null or f.first_useful_bot_at < f.first_handoff_at)
        then extract(epoch from f.first_useful_bot_at - f.first_customer_at)::float8 end,
      case when f.first_human_at >= coalesce(f.first_handoff_at, f.first_customer_at)
        then extract(epoch from f.first_human_at - coalesce(f.first_handoff_at, f.first_customer_at))::float8 end,
      ho.n, ho.complete, ho.with_identifiers, ho.with_steps, ho.with_suggested_action, ho.picked_up, ho.waiting, ho.pickups, ho.first_pickup_s,
      now()
    from (
      select c.id, c.inbox_id, c.contact_id, c.created_at, c.status, c.resolved_at, coalesce(nullif(c.intent, ''), 'unknown') as intent,
        msg.first_customer_at, msg.first_bot_at,
        (
          select min(m.sent_at)
          from agent_turns t
          join messages m on m.conversation_id = t.conversation_id and m.sender = 'bot'
            and m.sent_at >= t.started_at and m.sent_at <= coalesce(t.finished_at, t.started_at)
          where t.conversation_id = c.id and t.status = 'completed' and coalesce(t.outcome, '') not like 'handoff:%'
        ) as first_useful_bot_at,
        msg.first_human_at, fh.created_at as first_handoff_at, fh.reason as escalation_reason,
        (c.status = 'resolved' and c.resolved_at is not null) as resolved,
        (c.status = 'resolved' and c.resolved_at is not null and fh.created_at is null and msg.first_human_at is null) as bot_resolved,
        s.id is not null as csat_sent, s.score as csat_score,
        (
          select min(a.at) from audit_events a
          where a.target_id = c.id::text and a.action = 'conversation.reopened'
        ) as first_reopened_at,
        case when c.resolved_at is not null then (
          select min(c2.created_at) from conversations c2
          where c2.contact_id = c.contact_id and c2.created_at > c.resolved_at and c2.id <> c.id
        ) end as next_contact_at,
        (
          select min(least(
            case when r.status = 'rejected' then '-infinity'::timestamptz end,
            case when o.id is not null and o.state not in ('cancelled', 'refunded') and o.updated_at > a.at then o.updated_at end
          ))
          from audit_events a
          left join orders o on a.action = 'agent.tool.cancel_order' and o.number = a.data->'input'->>'orderNumber'
          left join refunds r on r.id = case when a.data->'outcome'->'data'->'refund'->>'refundId' ~ '^[0-9a-fA-F-]{36}$'
            then (a.data->'outcome'->'data'->'refund'->>'refundId')::uuid end
          where a.target_id = c.id::text and a.action in ('agent.tool.cancel_order', 'agent.tool.request_refund')
            and a.data->>'status' = 'executed' and a.data->'outcome'->>'ok' = 'true'
        ) as first_reversal_at
      from conversations c
      cross join lateral (
        select
          min(m.sent_at) filter (where m.sender = 'customer') as first_customer_at,
          min(m.sent_at) filter (where m.sender = 'bot') as first_bot_at,
          min(m.sent_at) filter (where m.sender = 'agent' and not m.is_private_note) as first_human_at
        from messages m where m.conversation_id = c.id
      ) msg
      left join lateral (
        select h.created_at, h.reason from handoffs h where h.conversation_id = c.id order by h.created_at, h.id limit 1
      ) fh on true
      left join csat_surveys s on s.conversation_id = c.id
      where c.id = any(${ids})
    ) f
    -- Per handoff: the packet names an identifier, lists a step tried, suggests an action; accepted
    -- (pick-up time) or still waiting.
    cross join lateral (
      select count(*)::int as n,
        count(*) filter (where x.has_identifiers and x.has_steps and x.has_suggested_action)::int as complete,
        count(*) filter (where x.has_identifiers)::int as with_identifiers,
        count(*) filter (where x.has_steps)::int as with_steps,
        count(*) filter (where x.has_suggested_action)::int as with_suggested_action,
        count(x.accepted_at)::int as picked_up,
        count(*) filter (where x.accepted_at is null and x.status = 'waiting')::int as waiting,
        coalesce(array_agg(x.pickup_s order by x.created_at, x.id) filter (where x.pickup_s is not null), '{}') as pickups,
        (array_agg(x.pickup_s order by x.created_at, x.id))[1] as first_pickup_s
      from (
        select h.id, h.created_at, h.status, h.accepted_at, extract(epoch from h.accepted_at - h.created_at)::float8 as pickup_s,
          exists (
            select 1 from jsonb_array_elements(case when jsonb_typeof(h.packet->'identifiers') = 'array' then h.packet->'identifiers' else '[]'::jsonb end) i
            where btrim(coalesce(i->>'value', '')) <> ''
          ) as has_identifiers,
          coalesce(case when jsonb_typeof(h.packet->'stepsTried') = 'array' then jsonb_array_length(h.packet->'stepsTried') end, 0) > 0 as has_steps,
          btrim(coalesce(h.packet->>'suggestedAction', '')) <> '' as has_suggested_action
        from handoffs h where h.conversation_id = f.id
      ) x
    ) ho
    order by f.created_at
    on conflict (conversation_id) do update set
      inbox_id = excluded.inbox_id, contact_id = excluded.contact_id, created_at = excluded.created_at, status = excluded.status,
      resolved_at = excluded.resolved_at, intent = excluded.intent, first_customer_at = excluded.first_customer_at,
      first_bot_at = excluded.first_bot_at, first_useful_bot_at = excluded.first_useful_bot_at, first_human_at = excluded.first_human_at,
      first_handoff_at = excluded.first_handoff_at, escalation_reason = excluded.escalation_reason, resolved = excluded.resolved,
      bot_resolved = excluded.bot_resolved, csat_sent = excluded.csat_sent, csat_score = excluded.csat_score,
      first_reopened_at = excluded.first_reopened_at, next_contact_at = excluded.next_contact_at,
      first_reversal_at = excluded.first_reversal_at, bot_response_s = excluded.bot_response_s, bot_useful_s = excluded.bot_useful_s,
      human_response_s = excluded.human_response_s, handoffs = excluded.handoffs, handoffs_complete = excluded.handoffs_complete,
      handoffs_with_identifiers = excluded.handoffs_with_identifiers, handoffs_with_steps = excluded.handoffs_with_steps,
      handoffs_with_suggested_action = excluded.handoffs_with_suggested_action, handoffs_picked_up = excluded.handoffs_picked_up,
      handoffs_waiting = excluded.handoffs_waiting, handoff_pickup_s = excluded.handoff_pickup_s, first_pickup_s = excluded.first_pickup_s,
      computed_at = excluded.computed_at`;
}

export function deleteMissingFactsStatement(ids: SQL): SQL {
  return sql`
    delete from conversation_metric_facts f
    where f.conversation_id = any(${ids}) and not exists (select 1 from conversations c where c.id = f.conversation_id)`;
}

// The rows of `facts` behind one figure (a drill-down), optionally narrowed to one escalation reason
// or intent. Sets about handoffs match conversations with at least one such handoff.
export function setPredicate(set: MetricSet, filters: { reason?: string; intent?: string } = {}): SQL {
  const parts: SQL[] = [SET_PREDICATES[set]];
  if (filters.reason) parts.push(sql`facts.escalation_reason = ${filters.reason}`);
  if (filters.intent) parts.push(sql`facts.intent = ${filters.intent}`);
  return sql.join(parts, sql` and `);
}

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
  handoff_complete: sql`facts.handoffs_complete > 0`,
  handoff_incomplete: sql`facts.handoffs > facts.handoffs_complete`,
  handoff_picked_up: sql`facts.handoffs_picked_up > 0`,
  handoff_waiting: sql`facts.handoffs_waiting > 0`,
  csat_sent: sql`facts.csat_sent`,
  csat_answered: sql`facts.csat_score is not null`,
  csat_positive: sql`facts.csat_score >= 4`,
  csat_negative: sql`facts.csat_score <= 3`,
};
