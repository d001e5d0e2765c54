import { dryRunRules } from "@/lib/admin/rules/dry-run-rules";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { dryRunSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

// Read-only: replays the current rules over a past conversation.
export const POST = withAuth(
  async (request) => {
    const { conversationId } = await parseJsonBody(request, dryRunSchema);
    return Response.json(await dryRunRules(db(), { conversationId }));
  },
  { roles: ["admin"] },
);
