"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { HistoryIcon, Undo2Icon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChangeHistoryEntry } from "@/lib/admin/settings/list-change-history";
import { adminRequest } from "./admin-request";

const ACTION_LABELS: Record<string, string> = {
  "settings.updated": "Changed",
  "settings.reverted": "Reverted",
  "rule.created": "Created",
  "rule.updated": "Edited",
  "rule.enabled": "Switched on",
  "rule.disabled": "Switched off",
  "rule.deleted": "Deleted",
  "rule.moved": "Moved",
  "rule.reverted": "Reverted",
};

type Props = {
  title: string;
  // What the list shows; the button that opens it is labelled "History" plus this.
  subject: string;
  historyUrl: string;
  revertUrl: string;
  // Queries to refresh after a revert (the thing the history belongs to).
  invalidate: readonly (readonly unknown[])[];
  trigger?: "icon" | "button";
};

// Who changed what and when, with before and after, and a Revert that restores the "before" value.
export function ChangeHistoryDialog({ title, subject, historyUrl, revertUrl, invalidate, trigger = "button" }: Props) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const history = useQuery({
    queryKey: ["admin", "history", historyUrl],
    queryFn: () => adminRequest<{ entries: ChangeHistoryEntry[] }>(historyUrl).then((body) => body.entries),
    enabled: open,
  });
  const revert = useMutation({
    mutationFn: (eventId: number) => adminRequest(revertUrl, { method: "POST", body: { eventId } }),
    onSuccess: () => {
      toast.success("Reverted. The change is in the history too.");
      void queryClient.invalidateQueries({ queryKey: ["admin", "history"] });
      for (const key of invalidate) void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => toast.error(error.message),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {trigger === "icon" ? (
          <Button variant="ghost" size="icon-sm" aria-label={`History of ${subject}`}>
            <HistoryIcon />
          </Button>
        ) : (
          <Button variant="outline" size="sm" aria-label={`History of ${subject}`}>
            <HistoryIcon /> History
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>Every change with who made it and when. Revert puts back the value from before that change; the revert is recorded too.</DialogDescription>
        </DialogHeader>
        {history.isPending ? (
          <div className="flex flex-col gap-2" aria-label="Loading history">
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
        ) : history.isError ? (
          <p role="alert" className="text-sm text-destructive">
            {history.error.message}
          </p>
        ) : history.data.length === 0 ? (
          <EmptyState icon={<HistoryIcon />} title="No changes yet" description="Changes made on this page appear here." titleAs="h3" />
        ) : (
          <ol className="flex flex-col gap-3" aria-label={`Changes to ${subject}`}>
            {history.data.map((entry) => (
              <li key={entry.eventId} className="rounded-lg border p-3 text-sm" data-event-id={entry.eventId}>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge variant={entry.action.endsWith("reverted") ? "secondary" : "outline"}>{ACTION_LABELS[entry.action] ?? entry.action}</Badge>
                  {typeof entry.data.ruleName === "string" ? <span className="font-medium">{entry.data.ruleName}</span> : null}
                  <span className="text-muted-foreground">
                    by {entry.actor?.name ?? "the system"} · <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  </span>
                  <Button
                    className="ms-auto"
                    variant="outline"
                    size="sm"
                    disabled={revert.isPending}
                    onClick={() => revert.mutate(entry.eventId)}
                    aria-label={`Revert the change of ${new Date(entry.at).toLocaleString()}`}
                  >
                    <Undo2Icon /> Revert
                  </Button>
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-muted-foreground">Before and after</summary>
                  <div className="mt-2 grid gap-2 md:grid-cols-2">
                    <ValueBlock label="Before" value={entry.before} />
                    <ValueBlock label="After" value={entry.after} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </DialogContent>
    </Dialog>
  );
}

function ValueBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-muted-foreground">{label}</p>
      <pre className="mt-1 max-h-48 overflow-auto rounded-md bg-muted p-2 text-xs whitespace-pre-wrap break-words">{value === null ? "(default / none)" : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
