import type { Metadata } from "next";
import { OverviewCards } from "@/components/admin/overview-cards";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { getAdminOverview, getPlatformStatus } from "@/lib/admin/get-admin-overview";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db, getDatabase } from "@/lib/db/client";
import { hasVectorSupport } from "@/lib/db/migrate";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requirePageUser(["admin", "supervisor"], "/admin");
  const [overview, platform, vector] = await Promise.all([getAdminOverview(db()), getPlatformStatus(db()), hasVectorSupport(getDatabase())]);
  return (
    <PageContainer>
      <PageHeader title="Admin" description="What the assistant knows, where its boundaries are, and who works the inbox." />
      <OverviewCards overview={overview} platform={{ ...platform, kind: getDatabase().kind, vector }} />
    </PageContainer>
  );
}
