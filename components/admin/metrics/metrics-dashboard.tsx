"use client";

import * as React from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { MetricsSummary, Percentiles } from "@/lib/metrics/get-metrics-summary";
import { metricDefinitions } from "@/lib/metrics/metric-definitions";
import { formatAverage, formatCount, formatRate, formatSeconds, humanize } from "./format-metric";
import { MetricDrillSheet, type DrillTarget } from "./metric-drill-sheet";
import { BreakdownChart, DailySeriesChart } from "./metrics-charts";

type Figure = { label: string; value: string; detail?: string; drill?: DrillTarget };
type MetricCard = { title: string; definition: string; figures: Figure[] };

// Figures with their definitions, charts and the per-intent table; every number opens the list of
// conversations behind it.
export function MetricsDashboard({ summary, filterQuery }: { summary: MetricsSummary; filterQuery: string }) {
  const [drill, setDrill] = React.useState<DrillTarget | null>(null);
  const d = metricDefinitions(summary.range.correctnessWindowDays);
  const cards = cardsFor(summary, d);

  return (
    <>
      <p className="text-sm text-muted-foreground">{d.scope}</p>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <Card key={card.title} data-metric={card.title}>
            <CardHeader>
              <CardTitle>{card.title}</CardTitle>
              <CardDescription>{card.definition}</CardDescription>
            </CardHeader>
            <CardContent>
              <dl>
                {card.figures.map((figure) => (
                  <div key={figure.label} className="flex items-baseline justify-between gap-4 py-1">
                    <dt className="text-sm text-muted-foreground">{figure.label}</dt>
                    <dd className="text-right">
                      <FigureValue figure={figure} onDrill={setDrill} />
                      {figure.detail ? <div className="text-xs text-muted-foreground tabular-nums">{figure.detail}</div> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
        ))}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Daily volume, automated resolution and escalations</CardTitle>
          <CardDescription>{d.series}</CardDescription>
        </CardHeader>
        <CardContent>
          <DailySeriesChart series={summary.series} />
        </CardContent>
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Escalations by reason</CardTitle>
            <CardDescription>{d.escalation} Click a bar for its conversations.</CardDescription>
          </CardHeader>
          <CardContent>
            <BreakdownChart
              label="Escalations by reason"
              rows={summary.escalation.byReason.map((row) => ({ key: row.reason, count: row.count }))}
              onSelect={(reason) => setDrill({ title: `Escalated: ${humanize(reason)}`, set: "escalated", reason })}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Conversations by intent</CardTitle>
            <CardDescription>Volume per intent. Click a bar for its conversations.</CardDescription>
          </CardHeader>
          <CardContent>
            <BreakdownChart
              label="Conversations by intent"
              rows={summary.intents.map((row) => ({ key: row.intent, count: row.conversations }))}
              onSelect={(intent) => setDrill({ title: `Intent: ${humanize(intent)}`, set: "all", intent })}
            />
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Per intent</CardTitle>
          <CardDescription>{d.intents}</CardDescription>
        </CardHeader>
        <CardContent>
          <Table aria-label="Metrics per intent">
            <TableHeader>
              <TableRow>
                <TableHead>Intent</TableHead>
                <TableHead className="text-right">Volume</TableHead>
                <TableHead className="text-right">Automated resolution</TableHead>
                <TableHead className="text-right">Escalation</TableHead>
                <TableHead className="text-right">CSAT (4–5)</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.intents.map((row) => {
                const name = humanize(row.intent);
                return (
                  <TableRow key={row.intent}>
                    <TableCell>{name}</TableCell>
                    <TableCell className="text-right">
                      <FigureValue small figure={{ label: `${name}: volume`, value: formatCount(row.conversations), drill: { title: `Intent: ${name}`, set: "all", intent: row.intent } }} onDrill={setDrill} />
                    </TableCell>
                    <TableCell className="text-right">
                      <FigureValue
                        small
                        figure={{ label: `${name}: automated resolution`, value: formatRate(row.automatedResolution.rate), drill: { title: `${name}: resolved by the assistant`, set: "bot_resolved", intent: row.intent } }}
                        onDrill={setDrill}
                      />
                    </TableCell>
                    <TableCell className="text-right">
                      <FigureValue small figure={{ label: `${name}: escalation`, value: formatRate(row.escalation.rate), drill: { title: `${name}: escalated`, set: "escalated", intent: row.intent } }} onDrill={setDrill} />
                    </TableCell>
                    <TableCell className="text-right">
                      <FigureValue
                        small
                        figure={{ label: `${name}: CSAT`, value: row.csat.of === 0 ? "—" : `${formatRate(row.csat.rate)} of ${row.csat.of}`, drill: { title: `${name}: survey answers`, set: "csat_answered", intent: row.intent } }}
                        onDrill={setDrill}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      <MetricDrillSheet target={drill} filterQuery={filterQuery} onClose={() => setDrill(null)} />
    </>
  );
}

function FigureValue({ figure, onDrill, small = false }: { figure: Figure; onDrill: (target: DrillTarget) => void; small?: boolean }) {
  const className = small ? "text-sm tabular-nums" : "text-lg font-semibold tabular-nums";
  if (!figure.drill) return <span className={className}>{figure.value}</span>;
  const target = figure.drill;
  return (
    <button
      type="button"
      className={`${className} cursor-pointer rounded-sm underline decoration-dotted underline-offset-4 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-ring`}
      aria-label={`${figure.label}: ${figure.value}. Show the conversations`}
      onClick={() => onDrill(target)}
    >
      {figure.value}
    </button>
  );
}

function cardsFor(s: MetricsSummary, d: ReturnType<typeof metricDefinitions>): MetricCard[] {
  const pct = (label: string, p: Percentiles, drill: DrillTarget): Figure[] => [
    { label: `${label} p50`, value: formatSeconds(p.p50), detail: `${formatCount(p.count)} conversations`, drill },
    { label: `${label} p90`, value: formatSeconds(p.p90), drill },
  ];
  const of = (count: number, total: number) => `${formatCount(count)} of ${formatCount(total)}`;
  return [
    {
      title: "Conversations",
      definition: d.scope,
      figures: [
        { label: "Conversations", value: formatCount(s.conversations), drill: { title: "All conversations", set: "all" } },
        { label: "Resolved", value: formatCount(s.recontact.of), drill: { title: "Resolved conversations", set: "resolved" } },
      ],
    },
    {
      title: "First response time",
      definition: `${d.botFirstResponse} ${d.humanFirstResponse}`,
      figures: [
        ...pct("Assistant", s.firstResponse.bot, { title: "First response by the assistant", set: "bot_first_response" }),
        ...pct("People", s.firstResponse.human, { title: "First response by a person", set: "human_first_response" }),
      ],
    },
    {
      title: "Time to first useful message",
      definition: `${d.botFirstUseful} ${d.humanFirstUseful}`,
      figures: [
        ...pct("Assistant", s.firstUsefulMessage.bot, { title: "First useful message by the assistant", set: "bot_useful" }),
        ...pct("People", s.firstUsefulMessage.human, { title: "First useful message by a person", set: "human_first_response" }),
      ],
    },
    {
      title: "Automated resolution",
      definition: d.automatedResolution,
      figures: [{ label: "Automated resolution rate", value: formatRate(s.automatedResolution.rate), detail: of(s.automatedResolution.count, s.automatedResolution.of), drill: { title: "Resolved by the assistant", set: "bot_resolved" } }],
    },
    {
      title: "Containment with correctness",
      definition: `${d.containment} ${d.reversed}`,
      figures: [
        { label: "Contained correctly", value: formatRate(s.containment.rate), detail: of(s.containment.count, s.containment.of), drill: { title: "Contained correctly", set: "contained" } },
        {
          label: "Of the assistant's resolutions",
          value: formatRate(s.containment.correctShareOfBotResolved),
          detail: of(s.containment.count, s.containment.botResolved),
          drill: { title: "Resolved by the assistant but not contained", set: "not_contained" },
        },
        { label: "Reopened", value: formatCount(s.containment.reopened), drill: { title: "Resolved by the assistant, then reopened", set: "reopened" } },
        { label: "Recontacted", value: formatCount(s.containment.recontacted), drill: { title: "Resolved by the assistant, then recontacted", set: "bot_recontacted" } },
        { label: "Reversed", value: formatCount(s.containment.reversed), drill: { title: "Resolved by the assistant, then reversed", set: "reversed" } },
      ],
    },
    {
      title: "Escalation rate",
      definition: d.escalation,
      figures: [
        { label: "Escalation rate", value: formatRate(s.escalation.rate), detail: of(s.escalation.count, s.escalation.of), drill: { title: "Escalated", set: "escalated" } },
        ...s.escalation.byReason.map((row) => ({
          label: humanize(row.reason),
          value: formatRate(row.rate),
          detail: formatCount(row.count),
          drill: { title: `Escalated: ${humanize(row.reason)}`, set: "escalated" as const, reason: row.reason },
        })),
      ],
    },
    {
      title: "Escalation quality",
      definition: d.escalationQuality,
      figures: [
        { label: "Complete packets", value: formatRate(s.escalationQuality.rate), detail: of(s.escalationQuality.count, s.escalationQuality.of), drill: { title: "Handoffs with a complete packet", set: "handoff_complete" } },
        { label: "Incomplete packets", value: formatCount(s.escalationQuality.of - s.escalationQuality.count), drill: { title: "Handoffs with an incomplete packet", set: "handoff_incomplete" } },
        { label: "With identifiers", value: formatCount(s.escalationQuality.withIdentifiers) },
        { label: "With steps tried", value: formatCount(s.escalationQuality.withSteps) },
        { label: "With a suggested action", value: formatCount(s.escalationQuality.withSuggestedAction) },
      ],
    },
    {
      title: "Human pick-up time",
      definition: d.pickup,
      figures: [
        { label: "Pick-up p50", value: formatSeconds(s.pickup.p50), detail: `${formatCount(s.pickup.count)} accepted handoffs`, drill: { title: "Handoffs picked up", set: "handoff_picked_up" } },
        { label: "Pick-up p90", value: formatSeconds(s.pickup.p90), drill: { title: "Handoffs picked up", set: "handoff_picked_up" } },
        { label: "Still waiting", value: formatCount(s.pickup.waiting), drill: { title: "Handoffs still waiting", set: "handoff_waiting" } },
      ],
    },
    {
      title: "Recontact rate",
      definition: d.recontact,
      figures: [{ label: "Recontact rate", value: formatRate(s.recontact.rate), detail: of(s.recontact.count, s.recontact.of), drill: { title: "Resolved, then recontacted", set: "recontacted" } }],
    },
    {
      title: "CSAT",
      definition: d.csat,
      figures: [
        { label: "CSAT (4–5)", value: formatRate(s.csat.positiveRate), detail: of(s.csat.positive, s.csat.answered), drill: { title: "Survey answers of 4 or 5", set: "csat_positive" } },
        { label: "Average answer", value: formatAverage(s.csat.average), drill: { title: "Survey answers", set: "csat_answered" } },
        { label: "Response rate", value: formatRate(s.csat.responseRate), detail: of(s.csat.answered, s.csat.sent), drill: { title: "Surveys sent", set: "csat_sent" } },
        { label: "Answers of 1–3", value: formatCount(s.csat.answered - s.csat.positive), drill: { title: "Survey answers of 1 to 3", set: "csat_negative" } },
      ],
    },
  ];
}
