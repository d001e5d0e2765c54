import type { Metadata } from "next";
import Link from "next/link";
import { TestQuestionPanel } from "@/components/admin/knowledge/test-question-panel";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Test a question · Knowledge base" };

export default async function TestQuestionPage() {
  await requirePageUser(["admin"], "/admin/knowledge/test");
  return (
    <PageContainer>
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <Link href="/admin/knowledge" className="hover:underline">
          Knowledge base
        </Link>{" "}
        / Test a question
      </nav>
      <PageHeader
        title="Test a question"
        description="The same search and the same model the assistant uses, with the same rules for status, dates and regions. Nothing is sent to anyone and nothing is stored."
      />
      <TestQuestionPanel />
    </PageContainer>
  );
}
