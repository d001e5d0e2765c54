"use client";

import { useQuery } from "@tanstack/react-query";
import { BookOpen, Search } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import * as React from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ARTICLE_STATUSES, LANGUAGES } from "@/lib/db/enums";
import type { ArticleListFilters } from "@/lib/validation/knowledge";
import { AvailabilityBadge } from "./availability-badge";
import { knowledgeApi, knowledgeKeys } from "./knowledge-api";
import { formatDateTime, LANGUAGE_LABELS, STATUS_LABELS } from "./knowledge-labels";

// The knowledge base list: search and filters live in the URL, so a filtered view can be shared.
export function ArticleList({ initialFilters }: { initialFilters: ArticleListFilters }) {
  const router = useRouter();
  const pathname = usePathname();
  const [filters, setFilters] = React.useState<ArticleListFilters>(initialFilters);
  const [words, setWords] = React.useState(initialFilters.q ?? "");

  // Typing searches after a short pause instead of on every key.
  React.useEffect(() => {
    const timer = window.setTimeout(() => setFilters((current) => (current.q === (words.trim() || undefined) ? current : { ...current, q: words.trim() || undefined })), 250);
    return () => window.clearTimeout(timer);
  }, [words]);

  React.useEffect(() => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }, [filters, pathname, router]);

  const list = useQuery({ queryKey: knowledgeKeys.list(filters), queryFn: () => knowledgeApi.list(filters), placeholderData: (previous) => previous });
  const filtered = Boolean(filters.q || filters.status || filters.locale || filters.tag);
  const set = (key: keyof ArticleListFilters) => (event: React.ChangeEvent<HTMLSelectElement>) => setFilters((current) => ({ ...current, [key]: event.target.value || undefined }));

  return (
    <div className="flex flex-col gap-4">
      <div role="search" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]" aria-label="Filter articles">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kb-search">Search</Label>
          <div className="relative">
            <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input id="kb-search" type="search" className="pl-8" placeholder="Words in the title or text" value={words} onChange={(event) => setWords(event.target.value)} />
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kb-status">Status</Label>
          <NativeSelect id="kb-status" value={filters.status ?? ""} onChange={set("status")}>
            <option value="">Any status</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kb-locale">Language</Label>
          <NativeSelect id="kb-locale" value={filters.locale ?? ""} onChange={set("locale")}>
            <option value="">Any language</option>
            {LANGUAGES.map((locale) => (
              <option key={locale} value={locale}>
                {LANGUAGE_LABELS[locale]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kb-tag">Tag</Label>
          <NativeSelect id="kb-tag" value={filters.tag ?? ""} onChange={set("tag")}>
            <option value="">Any tag</option>
            {(list.data?.tags ?? (filters.tag ? [filters.tag] : [])).map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>

      {list.isError ? (
        <Alert variant="destructive">
          <AlertTitle>The articles could not be loaded</AlertTitle>
          <AlertDescription>
            {list.error.message}{" "}
            <Button variant="link" className="h-auto p-0" onClick={() => void list.refetch()}>
              Try again
            </Button>
          </AlertDescription>
        </Alert>
      ) : list.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true" aria-label="Loading articles">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-12 w-full" />
          ))}
        </div>
      ) : list.data.articles.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={filtered ? "No article matches these filters" : "No articles yet"}
          description={filtered ? "Try other words, or clear the filters." : "Write the first article, or import Markdown, text and PDF files."}
          action={
            filtered ? (
              <Button
                variant="outline"
                onClick={() => {
                  setWords("");
                  setFilters({});
                }}
              >
                Clear filters
              </Button>
            ) : (
              <Button asChild>
                <Link href="/admin/knowledge/new">New article</Link>
              </Button>
            )
          }
        />
      ) : (
        <>
          <p className="text-sm text-muted-foreground" role="status">
            {list.data.articles.length === 1 ? "1 article" : `${list.data.articles.length} articles`}
            {filtered ? " match" : ""}
          </p>
          <div className="overflow-x-auto rounded-lg border">
            <Table aria-label="Knowledge articles">
              <TableHeader>
                <TableRow>
                  <TableHead>Title</TableHead>
                  <TableHead>Agent uses it</TableHead>
                  <TableHead>Language</TableHead>
                  <TableHead className="hidden md:table-cell">Regions</TableHead>
                  <TableHead className="hidden lg:table-cell">Tags</TableHead>
                  <TableHead className="hidden md:table-cell">Last saved</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.articles.map((article) => (
                  <TableRow key={article.id} data-article-slug={article.slug}>
                    <TableCell className="max-w-md">
                      <Link href={`/admin/knowledge/${article.id}`} className="font-medium hover:underline focus-visible:underline">
                        {article.title}
                      </Link>
                      <div className="text-xs text-muted-foreground">
                        {STATUS_LABELS[article.status]} · v{article.version}
                        {article.effectiveFrom || article.effectiveUntil ? ` · ${article.effectiveFrom ?? "…"} → ${article.effectiveUntil ?? "…"}` : ""}
                      </div>
                    </TableCell>
                    <TableCell>
                      <AvailabilityBadge availability={article.availability} />
                    </TableCell>
                    <TableCell>{LANGUAGE_LABELS[article.locale]}</TableCell>
                    <TableCell className="hidden md:table-cell">{article.regions.length > 0 ? article.regions.join(", ") : <span className="text-muted-foreground">All</span>}</TableCell>
                    <TableCell className="hidden lg:table-cell">
                      <div className="flex flex-wrap gap-1">
                        {article.tags.slice(0, 4).map((tag) => (
                          <Badge key={tag} variant="outline">
                            {tag}
                          </Badge>
                        ))}
                        {article.tags.length > 4 ? <span className="text-xs text-muted-foreground">+{article.tags.length - 4}</span> : null}
                      </div>
                    </TableCell>
                    <TableCell className="hidden text-sm whitespace-nowrap text-muted-foreground md:table-cell">
                      {formatDateTime(article.updatedAt)}
                      {article.authorName ? <div className="text-xs">{article.authorName}</div> : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
