import type { Metadata } from "next";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePageUser(["admin", "supervisor"], "/admin/audit");
  return (
    <PageContainer className="max-w-7xl">
      <PageHeader
        title="Audit log"
        description="Sign-ins, setting and rule changes, role changes, exports and every tool call the assistant made. Entries are append-only and chained with hashes, so an edit or a deletion is detectable."
      />
      <AuditLog />
    </PageContainer>
  );
}
