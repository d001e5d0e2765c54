import { revertRuleChange } from "@/lib/admin/rules/revert-rule-change";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { revertRuleChangeSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  async (request, { user }) => {
    const { eventId } = await parseJsonBody(request, revertRuleChangeSchema);
    await revertRuleChange(db(), { eventId, user });
    return Response.json({ reverted: eventId });
  },
  { roles: ["admin"] },
);
