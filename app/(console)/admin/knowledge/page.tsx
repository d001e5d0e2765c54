import { FlaskConical, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/admin/knowledge/article-list";
import { ImportDialog } from "@/components/admin/knowledge/import-dialog";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listArticlesQuerySchema } from "@/lib/validation/knowledge";

export const metadata: Metadata = { title: "Knowledge base" };

export default async function KnowledgePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser(["admin"], "/admin/knowledge");
  const params = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // A bad or stale link falls back to no filter instead of an error page.
  const parsed = listArticlesQuerySchema.safeParse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, single(value)])));
  const { q, status, locale, tag } = parsed.success ? parsed.data : {};
  return (
    <PageContainer>
      <PageHeader
        title="Knowledge base"
        description="What the assistant may answer from. It only uses published articles that are in effect today, in the customer's language and region."
        actions={
          <>
            <Button variant="outline" asChild>
              <Link href="/admin/knowledge/test">
                <FlaskConical aria-hidden="true" />
                Test a question
              </Link>
            </Button>
            <ImportDialog />
            <Button asChild>
              <Link href="/admin/knowledge/new">
                <Plus aria-hidden="true" />
                New article
              </Link>
            </Button>
          </>
        }
      />
      <ArticleList initialFilters={{ q, status, locale, tag }} />
    </PageContainer>
  );
}
