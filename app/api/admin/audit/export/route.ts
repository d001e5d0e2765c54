import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { db } from "@/lib/db/client";
import { auditFiltersSchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

// The filtered entries as a CSV download; the export is itself recorded as `audit.exported`.
export const GET = withAuth(
  async (request, { user }) => {
    const filters = parseQuery(request, auditFiltersSchema);
    const { csv, rows, truncated } = await exportAuditCsv(db(), { filters, userId: user.id });
    const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-");
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log-${stamp}.csv"`,
        "cache-control": "no-store",
        "x-audit-rows": String(rows),
        "x-audit-truncated": String(truncated),
      },
    });
  },
  { roles: ["admin", "supervisor"] },
);
