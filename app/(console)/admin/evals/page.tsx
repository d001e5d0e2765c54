import type { Metadata } from "next";
import { EvalsDashboard } from "@/components/admin/evals/evals-dashboard";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Evaluations" };

export default async function EvalsPage() {
  await requirePageUser(["admin"], "/admin/evals");
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title="Evaluations"
        description="Scenario files per intent run against the assistant through the real pipeline. Each run is scored per intent and held to the thresholds committed in evals/thresholds.json; open a run to read its failures with their transcripts."
      />
      <EvalsDashboard />
    </PageContainer>
  );
}
