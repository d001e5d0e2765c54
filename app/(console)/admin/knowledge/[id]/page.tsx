import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/admin/knowledge/article-workspace";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/knowledge/admin/get-article";
import { articleIdSchema } from "@/lib/validation/knowledge";

export const metadata: Metadata = { title: "Article · Knowledge base" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(["admin"], `/admin/knowledge/${id}`);
  const articleId = articleIdSchema.safeParse(id);
  if (!articleId.success) notFound();
  const article = await getArticle(db(), articleId.data).catch((error: unknown) => {
    if (error instanceof AppError && error.type === "not_found") notFound();
    throw error;
  });
  return (
    <PageContainer className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link href="/admin/knowledge" className="hover:underline">
          Knowledge base
        </Link>{" "}
        / {article.slug}
      </nav>
      <PageHeader title={article.title} description={`/${article.slug}`} />
      <ArticleWorkspace initialArticle={article} />
    </PageContainer>
  );
}
