import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { runMetricsQuery } from "./run-metrics-query";
import { factsCte } from "./conversation-facts";
import { loadCorrectnessWindowDays } from "./load-correctness-window";

export type MetricsSummaryInput = {
  // Conversations created in [from, to).
  from: Date;
  to: Date;
  inboxId?: string | null;
  // Defaults to the `metrics.correctnessWindowDays` setting (7 days when unset).
  windowDays?: number;
};

const num = z.coerce.number();
const nullableNum = z.union([z.null(), z.coerce.number()]);
const percentiles = z.object({ count: num, p50: nullableNum, p90: nullableNum });

const rawSchema = z.object({
  conversations: num,
  botResponse: percentiles,
  botUseful: percentiles,
  humanResponse: percentiles,
  resolved: num,
  botResolved: num,
  contained: num,
  reopened: num,
  botRecontacted: num,
  reversed: num,
  recontacted: num,
  escalated: num,
  handoffs: z.object({ count: num, complete: num, withIdentifiers: num, withSteps: num, withSuggestedAction: num, pickedUp: num, waiting: num, pickupP50: nullableNum, pickupP90: nullableNum }),
  csat: z.object({ sent: num, answered: num, positive: num, average: nullableNum }),
  reasons: z.array(z.object({ reason: z.string(), count: num })).nullable().transform((rows) => rows ?? []),
  intents: z
    .array(z.object({ intent: z.string(), conversations: num, botResolved: num, escalated: num, csatAnswered: num, csatPositive: num, csatAverage: nullableNum }))
    .nullable()
    .transform((rows) => rows ?? []),
  series: z.array(z.object({ day: z.string(), conversations: num, botResolved: num, escalated: num })).nullable().transform((rows) => rows ?? []),
});

export type Percentiles = { count: number; p50: number | null; p90: number | null };
export type Rate = { count: number; of: number; rate: number | null };

export type MetricsSummary = {
  range: { from: string; to: string; inboxId: string | null; correctnessWindowDays: number };
  conversations: number;
  // Seconds.
  firstResponse: { bot: Percentiles; human: Percentiles };
  firstUsefulMessage: { bot: Percentiles; human: Percentiles };
  automatedResolution: Rate;
  containment: Rate & { botResolved: number; reopened: number; recontacted: number; reversed: number; correctShareOfBotResolved: number | null };
  escalation: Rate & { byReason: (Rate & { reason: string })[] };
  escalationQuality: Rate & { withIdentifiers: number; withSteps: number; withSuggestedAction: number };
  // Handoff created → accepted, seconds.
  pickup: Percentiles & { waiting: number; handoffs: number };
  recontact: Rate;
  csat: { sent: number; answered: number; positive: number; positiveRate: number | null; average: number | null; responseRate: number | null };
  intents: { intent: string; conversations: number; automatedResolution: Rate; escalation: Rate; csat: Rate & { average: number | null } }[];
  series: { day: string; conversations: number; botResolved: number; escalated: number }[];
};

// Every dashboard figure for one range and inbox, in one statement: the per-conversation facts of the
// range are read once from the rollup (a materialised CTE, after the stale rows are recomputed) and
// aggregated for the figures, the per-intent table, the escalation reasons and the daily series.
// Used by /admin/metrics and by the API.
export async function getMetricsSummary(db: Db, input: MetricsSummaryInput): Promise<MetricsSummary> {
  const windowDays = input.windowDays ?? (await loadCorrectnessWindowDays(db));
  const scope = { from: input.from, to: input.to, inboxId: input.inboxId ?? null, windowDays };
  const pct = (column: string) =>
    sql.raw(`json_build_object('count', count(${column}), 'p50', percentile_cont(0.5) within group (order by ${column}), 'p90', percentile_cont(0.9) within group (order by ${column}))`);
  const rows = await runMetricsQuery<{ summary: unknown }>(
    db,
    sql`
      with ${factsCte(scope)},
      figures as (
        select json_build_object(
          'conversations', count(*),
          'botResponse', ${pct("bot_response_s")},
          'botUseful', ${pct("bot_useful_s")},
          'humanResponse', ${pct("human_response_s")},
          'resolved', count(*) filter (where resolved),
          'botResolved', count(*) filter (where bot_resolved),
          'contained', count(*) filter (where contained),
          'reopened', count(*) filter (where bot_resolved and reopened),
          'botRecontacted', count(*) filter (where bot_resolved and recontacted),
          'reversed', count(*) filter (where bot_resolved and reversed),
          'recontacted', count(*) filter (where resolved and recontacted),
          'escalated', count(*) filter (where escalated),
          'csat', json_build_object(
            'sent', count(*) filter (where csat_sent),
            'answered', count(csat_score),
            'positive', count(*) filter (where csat_score >= 4),
            'average', avg(csat_score)
          )
        ) as value
        from facts
      ),
      pickups as (
        select percentile_cont(array[0.5, 0.9]::float8[]) within group (order by p) as q
        from facts cross join unnest(facts.handoff_pickup_s) as p
        where facts.handoffs_picked_up > 0
      ),
      handoff_figures as (
        select json_build_object(
          'count', coalesce(sum(handoffs), 0),
          'complete', coalesce(sum(handoffs_complete), 0),
          'withIdentifiers', coalesce(sum(handoffs_with_identifiers), 0),
          'withSteps', coalesce(sum(handoffs_with_steps), 0),
          'withSuggestedAction', coalesce(sum(handoffs_with_suggested_action), 0),
          'pickedUp', coalesce(sum(handoffs_picked_up), 0),
          'waiting', coalesce(sum(handoffs_waiting), 0),
          'pickupP50', (select q[1] from pickups),
          'pickupP90', (select q[2] from pickups)
        ) as value
        from facts
      ),
      reasons as (
        select json_agg(json_build_object('reason', escalation_reason, 'count', n) order by n desc, escalation_reason) as value
        from (select escalation_reason, count(*) as n from facts where escalated group by escalation_reason) r
      ),
      intents as (
        select json_agg(json_build_object(
          'intent', intent, 'conversations', n, 'botResolved', bot_resolved, 'escalated', escalated,
          'csatAnswered', csat_answered, 'csatPositive', csat_positive, 'csatAverage', csat_average
        ) order by n desc, intent) as value
        from (
          select intent, count(*) as n, count(*) filter (where bot_resolved) as bot_resolved, count(*) filter (where escalated) as escalated,
            count(csat_score) as csat_answered, count(*) filter (where csat_score >= 4) as csat_positive, avg(csat_score) as csat_average
          from facts group by intent
        ) i
      ),
      days as (
        select json_agg(json_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'conversations', coalesce(x.n, 0), 'botResolved', coalesce(x.bot_resolved, 0), 'escalated', coalesce(x.escalated, 0)) order by d.day) as value
        from generate_series(date_trunc('day', ${scope.from.toISOString()}::timestamptz at time zone 'UTC'), (${scope.to.toISOString()}::timestamptz at time zone 'UTC') - interval '1 microsecond', interval '1 day') as d(day)
        left join (
          select date_trunc('day', created_at at time zone 'UTC') as day, count(*) as n, count(*) filter (where bot_resolved) as bot_resolved, count(*) filter (where escalated) as escalated
          from facts group by 1
        ) x on x.day = d.day
      )
      select (
        (select value::jsonb from figures)
        || jsonb_build_object('handoffs', (select value from handoff_figures), 'reasons', (select value from reasons), 'intents', (select value from intents), 'series', (select value from days))
      ) as summary`,
  );
  const raw = rawSchema.parse(parseJson(rows[0]?.summary));
  return toSummary(raw, scope);
}

function toSummary(raw: z.infer<typeof rawSchema>, scope: { from: Date; to: Date; inboxId: string | null; windowDays: number }): MetricsSummary {
  const n = raw.conversations;
  const handoffs = raw.handoffs;
  return {
    range: { from: scope.from.toISOString(), to: scope.to.toISOString(), inboxId: scope.inboxId, correctnessWindowDays: scope.windowDays },
    conversations: n,
    firstResponse: { bot: raw.botResponse, human: raw.humanResponse },
    // A person's first reply is their first useful message (they answer what was asked).
    firstUsefulMessage: { bot: raw.botUseful, human: raw.humanResponse },
    automatedResolution: rate(raw.botResolved, n),
    containment: {
      ...rate(raw.contained, n),
      botResolved: raw.botResolved,
      reopened: raw.reopened,
      recontacted: raw.botRecontacted,
      reversed: raw.reversed,
      correctShareOfBotResolved: ratio(raw.contained, raw.botResolved),
    },
    escalation: { ...rate(raw.escalated, n), byReason: raw.reasons.map((row) => ({ reason: row.reason, ...rate(row.count, n) })) },
    escalationQuality: {
      ...rate(handoffs.complete, handoffs.count),
      withIdentifiers: handoffs.withIdentifiers,
      withSteps: handoffs.withSteps,
      withSuggestedAction: handoffs.withSuggestedAction,
    },
    pickup: { count: handoffs.pickedUp, p50: handoffs.pickupP50, p90: handoffs.pickupP90, waiting: handoffs.waiting, handoffs: handoffs.count },
    recontact: rate(raw.recontacted, raw.resolved),
    csat: {
      sent: raw.csat.sent,
      answered: raw.csat.answered,
      positive: raw.csat.positive,
      positiveRate: ratio(raw.csat.positive, raw.csat.answered),
      average: raw.csat.average,
      responseRate: ratio(raw.csat.answered, raw.csat.sent),
    },
    intents: raw.intents.map((row) => ({
      intent: row.intent,
      conversations: row.conversations,
      automatedResolution: rate(row.botResolved, row.conversations),
      escalation: rate(row.escalated, row.conversations),
      csat: { ...rate(row.csatPositive, row.csatAnswered), average: row.csatAverage },
    })),
    series: raw.series,
  };
}

function rate(count: number, of: number): Rate {
  return { count, of, rate: ratio(count, of) };
}

function ratio(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

// postgres.js parses json columns; PGlite may hand back text for an expression.
function parseJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
