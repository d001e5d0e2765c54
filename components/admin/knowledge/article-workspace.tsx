"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ArticleDetail } from "@/lib/knowledge/admin/article-views";
import { ArticleEditor } from "./article-editor";
import { AvailabilityBadge } from "./availability-badge";
import { knowledgeApi, knowledgeKeys } from "./knowledge-api";
import { AVAILABILITY, formatDateTime } from "./knowledge-labels";
import { VersionHistory } from "./version-history";

// One article: the editor, whether the assistant uses it now, and its history.
export function ArticleWorkspace({ initialArticle }: { initialArticle: ArticleDetail }) {
  const query = useQuery({ queryKey: knowledgeKeys.article(initialArticle.id), queryFn: () => knowledgeApi.article(initialArticle.id), initialData: initialArticle });
  const article = query.data;
  return (
    <div className="grid gap-6">
      {query.isError ? (
        <Alert variant="destructive">
          <AlertTitle>The newest version could not be loaded</AlertTitle>
          <AlertDescription>{query.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground" data-testid="article-status-line">
        <AvailabilityBadge availability={article.availability} />
        <span>{AVAILABILITY[article.availability].hint}</span>
        <span>
          Version {article.version}, saved {formatDateTime(article.updatedAt)}
          {article.authorName ? ` by ${article.authorName}` : ""}
        </span>
      </div>
      {/* A new version (a save or a restore) starts the editor afresh from what was stored. */}
      <ArticleEditor key={`${article.id}:${article.version}`} article={article} />
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>History</h2>
          </CardTitle>
          <CardDescription>Every save is a version. Compare any two, or restore an older one as a new version.</CardDescription>
        </CardHeader>
        <CardContent>
          <VersionHistory article={article} />
        </CardContent>
      </Card>
    </div>
  );
}
