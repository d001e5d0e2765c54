import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeftIcon } from "lucide-react";
import { RunReport } from "@/components/admin/evals/run-report";
import { formatWhen } from "@/components/admin/evals/format";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { evalsDir } from "@/lib/evals/evals-dir";
import { readRun } from "@/lib/evals/list-runs";
import { evalRunIdSchema } from "@/lib/validation/evals";

export const metadata: Metadata = { title: "Evaluation run" };
export const dynamic = "force-dynamic";

export default async function EvalRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(["admin"], `/admin/evals/${encodeURIComponent(id)}`);
  const parsed = evalRunIdSchema.safeParse(id);
  const run = parsed.success ? readRun(evalsDir(), parsed.data) : null;
  if (!run) notFound();
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title={`Evaluation run ${formatWhen(run.report.startedAt)}`}
        description={`${run.report.summary.scenarios} scenarios on ${run.report.model.id}${run.report.filter ? `, limited to ${run.report.filter}` : ""}. Report file evals/results/runs/${run.report.id}.json.`}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href="/admin/evals">
              <ArrowLeftIcon /> All runs
            </Link>
          </Button>
        }
      />
      <RunReport report={run.report} summary={run.summary} />
    </PageContainer>
  );
}
