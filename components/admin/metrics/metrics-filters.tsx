"use client";

import { Download } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { MetricPreset } from "@/lib/validation/metrics";

const PRESETS: { value: MetricPreset; label: string }[] = [
  { value: "today", label: "Today" },
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "custom", label: "Custom range" },
];

type Props = {
  preset: MetricPreset;
  fromDay: string;
  toDay: string;
  inboxId: string | null;
  inboxes: { id: string; name: string }[];
  filterQuery: string;
};

// Range (preset or custom UTC days) and inbox; applying changes the URL, so a view can be shared.
export function MetricsFilters({ preset, fromDay, toDay, inboxId, inboxes, filterQuery }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraft] = React.useState({ preset, from: fromDay, to: toDay, inboxId: inboxId ?? "" });
  const [error, setError] = React.useState<string | null>(null);

  function apply(next: typeof draft) {
    const params = new URLSearchParams({ preset: next.preset });
    if (next.preset === "custom") {
      if (!next.from || !next.to) return setError("Pick a start and an end date.");
      if (next.from > next.to) return setError("The start date is after the end date.");
      params.set("from", next.from);
      params.set("to", next.to);
    }
    if (next.inboxId) params.set("inboxId", next.inboxId);
    setError(null);
    router.push(`${pathname}?${params.toString()}`);
  }

  return (
    <form
      className="flex flex-wrap items-end gap-3"
      aria-label="Metrics filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="metrics-preset">Range</Label>
        <NativeSelect
          id="metrics-preset"
          className="w-40"
          value={draft.preset}
          onChange={(event) => {
            const next = { ...draft, preset: event.target.value as MetricPreset };
            setDraft(next);
            if (next.preset !== "custom") apply(next);
          }}
        >
          {PRESETS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      {draft.preset === "custom" ? (
        <>
          <div className="grid gap-1.5">
            <Label htmlFor="metrics-from">From (UTC)</Label>
            <Input id="metrics-from" type="date" className="w-40" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="metrics-to">To (UTC)</Label>
            <Input id="metrics-to" type="date" className="w-40" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
          </div>
        </>
      ) : null}
      <div className="grid gap-1.5">
        <Label htmlFor="metrics-inbox">Inbox</Label>
        <NativeSelect
          id="metrics-inbox"
          className="w-48"
          value={draft.inboxId}
          onChange={(event) => {
            const next = { ...draft, inboxId: event.target.value };
            setDraft(next);
            if (next.preset !== "custom") apply(next);
          }}
        >
          <option value="">All inboxes</option>
          {inboxes.map((inbox) => (
            <option key={inbox.id} value={inbox.id}>
              {inbox.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      {draft.preset === "custom" ? <Button type="submit">Apply</Button> : null}
      <Button asChild variant="outline">
        <a href={`/api/admin/metrics/export?${filterQuery}`} download>
          <Download aria-hidden /> Export CSV
        </a>
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
