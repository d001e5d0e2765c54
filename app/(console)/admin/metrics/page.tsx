import { asc } from "drizzle-orm";
import type { Metadata } from "next";
import { MetricsDashboard } from "@/components/admin/metrics/metrics-dashboard";
import { MetricsFilters } from "@/components/admin/metrics/metrics-filters";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { inboxes } from "@/lib/db/schema";
import { getMetricsSummary } from "@/lib/metrics/get-metrics-summary";
import { metricsScopeFor } from "@/lib/metrics/metrics-scope";
import { resolveMetricsRange } from "@/lib/metrics/resolve-metrics-range";
import { metricsFilterQuerySchema } from "@/lib/validation/metrics";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser(["admin", "supervisor"], "/admin/metrics");
  const params = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = metricsFilterQuerySchema.safeParse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, single(value)])));
  // A bad or stale link falls back to the last 30 days and says so.
  const query = parsed.success ? parsed.data : metricsFilterQuerySchema.parse({});
  const now = new Date();
  const range = resolveMetricsRange(query, now);
  const [scope, inboxRows] = await Promise.all([metricsScopeFor(db(), query, now), db().select({ id: inboxes.id, name: inboxes.name }).from(inboxes).orderBy(asc(inboxes.name))]);
  const summary = await getMetricsSummary(db(), scope);
  const filterQuery = new URLSearchParams({ preset: "custom", from: range.fromDay, to: range.toDay, ...(range.inboxId ? { inboxId: range.inboxId } : {}) }).toString();

  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title="Metrics"
        description={`Whether the assistant resolves issues correctly, not only whether it deflects them. ${range.fromDay} to ${range.toDay} (UTC).`}
      />
      <MetricsFilters key={filterQuery} preset={range.preset} fromDay={range.fromDay} toDay={range.toDay} inboxId={range.inboxId} inboxes={inboxRows} filterQuery={filterQuery} />
      {parsed.success ? null : (
        <Alert variant="destructive">
          <AlertDescription>{parsed.error.issues[0]?.message ?? "The filters in the link are invalid."} Showing the last 30 days instead.</AlertDescription>
        </Alert>
      )}
      <MetricsDashboard summary={summary} filterQuery={filterQuery} />
    </PageContainer>
  );
}
