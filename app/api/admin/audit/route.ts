import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db/client";
import { listAuditEventsQuerySchema } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async (request) => {
    const { cursor, limit, ...filters } = parseQuery(request, listAuditEventsQuerySchema);
    return Response.json(await listAuditEvents(db(), { filters, cursor, limit }));
  },
  { roles: ["admin", "supervisor"] },
);
