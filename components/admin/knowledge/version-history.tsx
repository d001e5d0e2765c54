"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History, Loader2 } from "lucide-react";
import * as React from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import type { ArticleDetail, ArticleVersionView } from "@/lib/knowledge/admin/article-views";
import { ArticleDiffView } from "./article-diff-view";
import { knowledgeApi, knowledgeKeys } from "./knowledge-api";
import { formatDateTime, STATUS_LABELS } from "./knowledge-labels";

// Every saved version with author and time; any two compared; any older one restored as a new version.
export function VersionHistory({ article }: { article: ArticleDetail }) {
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: knowledgeKeys.versions(article.id), queryFn: () => knowledgeApi.versions(article.id) });
  const [compare, setCompare] = React.useState<{ from: number; to: number } | null>(null);
  const [restoring, setRestoring] = React.useState<ArticleVersionView | null>(null);
  const from = compare?.from ?? Math.max(1, article.version - 1);
  const to = compare?.to ?? article.version;
  const diff = useQuery({ queryKey: knowledgeKeys.diff(article.id, from, to), queryFn: () => knowledgeApi.diff(article.id, from, to), enabled: article.version > 1 });

  const restore = useMutation({
    mutationFn: (version: number) => knowledgeApi.restore(article.id, version, article.version),
    onSuccess: async (saved, version) => {
      setRestoring(null);
      setCompare(null);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
      toast.success(`Version ${version} restored as version ${saved.version}.`);
    },
    onError: (error) => toast.error(error.message),
  });

  if (versions.isPending) return <Skeleton className="h-40 w-full" aria-label="Loading the history" />;
  if (versions.isError) {
    return (
      <Alert variant="destructive">
        <AlertDescription>The history could not be loaded: {versions.error.message}</AlertDescription>
      </Alert>
    );
  }
  const list = versions.data;
  if (list.length === 0) return <EmptyState icon={<History />} title="No versions yet" titleAs="h3" />;

  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col divide-y rounded-lg border" aria-label="Versions">
        {list.map((version) => (
          <li key={version.version} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5 text-sm" data-version={version.version}>
            <span className="font-medium tabular-nums">v{version.version}</span>
            <span className="min-w-0 flex-1 truncate">{version.title}</span>
            <span className="text-muted-foreground">{STATUS_LABELS[version.status]}</span>
            <span className="text-muted-foreground">
              {version.authorName ?? "Unknown author"} · <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
            </span>
            {version.version === article.version ? (
              <span className="text-xs font-medium text-muted-foreground">Current</span>
            ) : (
              <Button type="button" variant="outline" size="sm" onClick={() => setRestoring(version)} aria-label={`Restore version ${version.version}`}>
                Restore
              </Button>
            )}
          </li>
        ))}
      </ol>

      {list.length > 1 ? (
        <section className="flex flex-col gap-3" aria-labelledby="compare-heading">
          <h3 id="compare-heading" className="text-base font-semibold">
            Compare versions
          </h3>
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="compare-from">Older</Label>
              <NativeSelect id="compare-from" className="w-32" value={from} onChange={(event) => setCompare({ from: Number(event.target.value), to })}>
                {list.map((version) => (
                  <option key={version.version} value={version.version}>
                    v{version.version}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="compare-to">Newer</Label>
              <NativeSelect id="compare-to" className="w-32" value={to} onChange={(event) => setCompare({ from, to: Number(event.target.value) })}>
                {list.map((version) => (
                  <option key={version.version} value={version.version}>
                    v{version.version}
                  </option>
                ))}
              </NativeSelect>
            </div>
          </div>
          {diff.isPending ? (
            <Skeleton className="h-32 w-full" aria-label="Loading the comparison" />
          ) : diff.isError ? (
            <Alert variant="destructive">
              <AlertDescription>{diff.error.message}</AlertDescription>
            </Alert>
          ) : (
            <>
              <p className="text-sm text-muted-foreground">
                From v{diff.data.from.version} ({diff.data.from.authorName ?? "unknown"}, {formatDateTime(diff.data.from.createdAt)}) to v{diff.data.to.version} ({diff.data.to.authorName ?? "unknown"},{" "}
                {formatDateTime(diff.data.to.createdAt)})
              </p>
              <ArticleDiffView diff={diff.data} />
            </>
          )}
        </section>
      ) : null}

      <Dialog open={restoring !== null} onOpenChange={(open) => (open ? undefined : setRestoring(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Restore version {restoring?.version}?</DialogTitle>
            <DialogDescription>
              Its title, text, dates, scope and status ({restoring ? STATUS_LABELS[restoring.status].toLowerCase() : ""}) become a new version {article.version + 1}. Nothing in the history is lost.
              {restoring?.status === "published" ? " The assistant uses the restored text right away." : ""}
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button onClick={() => restoring && restore.mutate(restoring.version)} disabled={restore.isPending}>
              {restore.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              Restore version {restoring?.version}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
