"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import * as React from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { MetricConversationPage } from "@/lib/metrics/list-metric-conversations";
import type { MetricSet } from "@/lib/validation/metrics";
import { formatCount, formatSeconds, humanize } from "./format-metric";

export type DrillTarget = { title: string; set: MetricSet; reason?: string; intent?: string };

// The conversations behind one figure; each row opens the conversation in the inbox.
export function MetricDrillSheet({ target, filterQuery, onClose }: { target: DrillTarget | null; filterQuery: string; onClose: () => void }) {
  const [page, setPage] = React.useState(1);
  const [shown, setShown] = React.useState(target);
  if (target !== shown) {
    setShown(target);
    setPage(1);
  }
  const params = new URLSearchParams(filterQuery);
  if (target) {
    params.set("set", target.set);
    if (target.reason) params.set("reason", target.reason);
    if (target.intent) params.set("intent", target.intent);
  }
  params.set("page", String(page));
  const url = `/api/admin/metrics/conversations?${params.toString()}`;
  const query = useQuery({
    queryKey: ["admin-metrics-conversations", url],
    enabled: target !== null,
    queryFn: async (): Promise<MetricConversationPage> => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The list could not be loaded (${response.status}).`);
      return (await response.json()) as MetricConversationPage;
    },
  });
  params.delete("page");
  const exportUrl = `/api/admin/metrics/export?${params.toString()}`;
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Sheet open={target !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent side="right" className="w-full gap-0 overflow-y-auto sm:max-w-3xl">
        <SheetHeader>
          <SheetTitle>{target?.title ?? "Conversations"}</SheetTitle>
          <SheetDescription>
            {data ? `${formatCount(data.total)} conversation${data.total === 1 ? "" : "s"} behind this figure, newest first.` : "Loading the conversations behind this figure…"}
          </SheetDescription>
          <div>
            <Button asChild variant="outline" size="sm">
              <a href={exportUrl} download>
                Download these as CSV
              </a>
            </Button>
          </div>
        </SheetHeader>
        <div className="px-4 pb-4">
          {query.isError ? <p role="alert" className="text-sm text-destructive">{query.error.message}</p> : null}
          {data && data.conversations.length === 0 ? <p className="text-sm text-muted-foreground">No conversations.</p> : null}
          {data && data.conversations.length > 0 ? (
            <Table aria-label="Conversations behind the figure">
              <TableHeader>
                <TableRow>
                  <TableHead>Conversation</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Intent</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead className="text-right">CSAT</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.conversations.map((row) => (
                  <TableRow key={row.id} data-conversation-id={row.id}>
                    <TableCell>
                      <Link className="font-medium underline-offset-4 hover:underline" href={`/inbox?queue=all&c=${row.id}`}>
                        {row.contactName ?? "Customer"}
                      </Link>
                      <div className="text-xs text-muted-foreground">{row.inboxName}</div>
                    </TableCell>
                    <TableCell className="text-sm whitespace-nowrap tabular-nums">{new Date(row.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC</TableCell>
                    <TableCell className="text-sm">{humanize(row.intent)}</TableCell>
                    <TableCell>
                      <div className="flex flex-wrap gap-1">
                        <Badge variant="outline">{row.status}</Badge>
                        {row.botResolved ? <Badge variant={row.contained ? "success" : "warning"}>{row.contained ? "contained" : "bot resolved"}</Badge> : null}
                        {row.escalationReason ? <Badge variant="secondary">{humanize(row.escalationReason)}</Badge> : null}
                        {row.reopened ? <Badge variant="destructive">reopened</Badge> : null}
                        {row.recontacted ? <Badge variant="destructive">recontacted</Badge> : null}
                        {row.reversed ? <Badge variant="destructive">reversed</Badge> : null}
                      </div>
                      <div className="mt-1 text-xs text-muted-foreground">
                        first reply: bot {formatSeconds(row.botResponseSeconds)} · person {formatSeconds(row.humanResponseSeconds)}
                      </div>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{row.csatScore ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          {data && pages > 1 ? (
            <div className="mt-3 flex items-center justify-between gap-2 text-sm">
              <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous
              </Button>
              <span className="text-muted-foreground">
                Page {page} of {pages}
              </span>
              <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </div>
          ) : null}
        </div>
      </SheetContent>
    </Sheet>
  );
}
