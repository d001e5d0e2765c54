import { withAuth } from "@/lib/api/with-auth";
import { describeChainVerdict, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

// Walks the whole chain; a read, so nothing is appended to the log.
export const POST = withAuth(
  async () => {
    const verdict = await verifyAuditChain(db());
    return Response.json({ ...verdict, summary: describeChainVerdict(verdict) });
  },
  { roles: ["admin", "supervisor"] },
);
