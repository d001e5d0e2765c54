"use client";

import * as React from "react";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { ChevronDownIcon, ChevronRightIcon, DownloadIcon, ShieldAlertIcon, ShieldCheckIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/list-audit-events";
import { AUDIT_ACTION_GROUP_KEYS, AUDIT_ACTION_GROUPS, type AuditActionGroup, type AuditFilters } from "@/lib/validation/audit";
import { exportUrl, fetchAuditPage, verifyChain } from "./audit-api";

const EMPTY: AuditFilters = {};

/** The audit log: filters, newest-first entries with their data, the chain check and a CSV export. */
export function AuditLog() {
  const [draft, setDraft] = React.useState<AuditFilters>(EMPTY);
  const [filters, setFilters] = React.useState<AuditFilters>(EMPTY);
  const [expanded, setExpanded] = React.useState<ReadonlySet<number>>(new Set());

  const query = useInfiniteQuery({
    queryKey: ["admin", "audit", filters],
    queryFn: ({ pageParam }) => fetchAuditPage(filters, pageParam),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const verify = useMutation({ mutationFn: verifyChain });
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    setExpanded(new Set());
    setFilters(draft);
  };
  const clear = () => {
    setDraft(EMPTY);
    setFilters(EMPTY);
    setExpanded(new Set());
  };
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const field = (key: Exclude<keyof AuditFilters, "group">) => ({
    value: draft[key] ?? "",
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setDraft((current) => ({ ...current, [key]: event.target.value || undefined })),
  });

  return (
    <div className="grid gap-4">
      <form onSubmit={apply} className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label="Filter the audit log">
        <div className="grid gap-1.5">
          <Label htmlFor="audit-group">Kind</Label>
          <NativeSelect
            id="audit-group"
            value={draft.group ?? ""}
            onChange={(event) => setDraft((current) => ({ ...current, group: (event.target.value || undefined) as AuditActionGroup | undefined }))}
          >
            <option value="">Everything</option>
            {AUDIT_ACTION_GROUP_KEYS.map((key) => (
              <option key={key} value={key}>
                {AUDIT_ACTION_GROUPS[key].label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-action">Action starts with</Label>
          <Input id="audit-action" placeholder="conversation.resolved" {...field("action")} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-actor">Actor</Label>
          <Input id="audit-actor" placeholder="name, e-mail, id, bot…" {...field("actor")} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-target">Target</Label>
          <Input id="audit-target" placeholder="conversation or type:id" {...field("target")} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from">From</Label>
          <Input id="audit-from" type="date" {...field("from")} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to">To</Label>
          <Input id="audit-to" type="date" {...field("to")} />
        </div>
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-6">
          <Button type="submit" size="sm">
            Apply filters
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={clear}>
            Clear
          </Button>
          <div className="ml-auto flex flex-wrap gap-2">
            <Button type="button" size="sm" variant="outline" onClick={() => verify.mutate()} disabled={verify.isPending}>
              <ShieldCheckIcon /> {verify.isPending ? "Verifying…" : "Verify chain"}
            </Button>
            <Button asChild size="sm" variant="outline">
              <a href={exportUrl(filters)} download>
                <DownloadIcon /> Export CSV
              </a>
            </Button>
          </div>
        </div>
      </form>

      {verify.data &&
        (verify.data.intact ? (
          <Alert variant="success" data-testid="chain-verdict">
            <ShieldCheckIcon />
            <AlertTitle>The chain is intact</AlertTitle>
            <AlertDescription>
              {verify.data.checked} entries checked; every entry matches its hash and links to the one before it.
            </AlertDescription>
          </Alert>
        ) : (
          <Alert variant="destructive" data-testid="chain-verdict">
            <ShieldAlertIcon />
            <AlertTitle>The chain is broken at entry #{verify.data.brokenAtId}</AlertTitle>
            <AlertDescription>{verify.data.summary}</AlertDescription>
          </Alert>
        ))}
      {verify.error && (
        <Alert variant="destructive">
          <AlertTitle>The chain could not be verified</AlertTitle>
          <AlertDescription>{verify.error.message}</AlertDescription>
        </Alert>
      )}
      {query.error && (
        <Alert variant="destructive">
          <AlertTitle>The audit log could not be loaded</AlertTitle>
          <AlertDescription>{query.error.message}</AlertDescription>
        </Alert>
      )}

      {query.isPending ? (
        <p className="text-sm text-muted-foreground">Loading entries…</p>
      ) : entries.length === 0 ? (
        <EmptyState title="No entries match" description="Change or clear the filters to see more of the log." titleAs="h2" />
      ) : (
        <div className="rounded-lg border">
          <Table data-testid="audit-table">
            <TableHeader>
              <TableRow>
                <TableHead className="w-8">
                  <span className="sr-only">Details</span>
                </TableHead>
                <TableHead className="w-16">#</TableHead>
                <TableHead>When (UTC)</TableHead>
                <TableHead>Actor</TableHead>
                <TableHead>Action</TableHead>
                <TableHead>Target</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} open={expanded.has(entry.id)} onToggle={() => toggle(entry.id)} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {query.hasNextPage && (
        <Button variant="outline" className="justify-self-center" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Load older entries"}
        </Button>
      )}
    </div>
  );
}

function AuditRow({ entry, open, onToggle }: { entry: AuditEntry; open: boolean; onToggle: () => void }) {
  const hasData = Object.keys(entry.data).length > 0;
  return (
    <>
      <TableRow data-testid="audit-row" data-action={entry.action}>
        <TableCell>
          <Button variant="ghost" size="icon-sm" onClick={onToggle} aria-expanded={open} aria-label={open ? `Hide details of entry ${entry.id}` : `Show details of entry ${entry.id}`}>
            {open ? <ChevronDownIcon /> : <ChevronRightIcon />}
          </Button>
        </TableCell>
        <TableCell className="font-mono text-xs text-muted-foreground">{entry.id}</TableCell>
        <TableCell className="text-xs whitespace-nowrap tabular-nums">{entry.at.replace("T", " ").slice(0, 19)}</TableCell>
        <TableCell>
          <div className="flex items-center gap-2">
            <Badge variant={entry.actorType === "user" ? "secondary" : "outline"}>{entry.actorType}</Badge>
            <span className="truncate" title={entry.actor?.email ?? entry.actorId ?? undefined}>
              {entry.actor?.name ?? entry.actorId ?? ""}
            </span>
          </div>
        </TableCell>
        <TableCell className="font-mono text-xs">{entry.action}</TableCell>
        <TableCell className="max-w-56 truncate font-mono text-xs" title={entry.targetId ?? undefined}>
          {entry.targetType ? `${entry.targetType}${entry.targetId ? `:${entry.targetId}` : ""}` : ""}
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell colSpan={6} className="bg-muted/40">
            <pre className="max-h-96 overflow-auto text-xs whitespace-pre-wrap" data-testid="audit-data">
              {hasData ? JSON.stringify(entry.data, null, 2) : "No data."}
            </pre>
            <p className="mt-2 font-mono text-[11px] break-all text-muted-foreground">hash {entry.hash}</p>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}
