import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/admin/knowledge/article-editor";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "New article · Knowledge base" };

export default async function NewArticlePage() {
  await requirePageUser(["admin"], "/admin/knowledge/new");
  return (
    <PageContainer className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link href="/admin/knowledge" className="hover:underline">
          Knowledge base
        </Link>{" "}
        / New article
      </nav>
      <PageHeader title="New article" description="Write it in Markdown. It stays a draft, unseen by customers, until you publish it." />
      <ArticleEditor />
    </PageContainer>
  );
}
