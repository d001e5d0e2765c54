"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricsSummary } from "@/lib/metrics/get-metrics-summary";
import { humanize } from "./format-metric";

const COLORS = { volume: "var(--color-chart-1, #2563eb)", resolved: "var(--color-chart-2, #16a34a)", escalated: "var(--color-chart-5, #ea580c)" };

// Daily conversations, assistant resolutions and escalations.
export function DailySeriesChart({ series }: { series: MetricsSummary["series"] }) {
  return (
    <div className="h-64 w-full" role="img" aria-label="Daily conversations, resolved by the assistant, and escalated">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" className="stroke-border" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} tickFormatter={(day: string) => day.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="conversations" name="Conversations" stroke={COLORS.volume} dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="botResolved" name="Resolved by the assistant" stroke={COLORS.resolved} dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line type="monotone" dataKey="escalated" name="Escalated" stroke={COLORS.escalated} dot={false} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

// A horizontal bar per key (escalation reason, intent); a click opens the conversations behind it.
export function BreakdownChart({ rows, label, onSelect }: { rows: { key: string; count: number }[]; label: string; onSelect: (key: string) => void }) {
  const data = rows.map((row) => ({ key: row.key, name: humanize(row.key), count: row.count }));
  if (data.length === 0) return <p className="text-sm text-muted-foreground">Nothing in this range.</p>;
  return (
    <div className="w-full" style={{ height: Math.max(120, data.length * 32 + 40) }} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} className="stroke-border" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar
            dataKey="count"
            name="Conversations"
            fill={COLORS.volume}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(entry: { payload?: { key?: unknown } }) => {
              const key = entry.payload?.key;
              if (typeof key === "string") onSelect(key);
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
