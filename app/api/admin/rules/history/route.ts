import { listRuleHistory } from "@/lib/admin/rules/list-rule-history";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ruleIdSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

// ?ruleId= for one rule's changes; without it every rule change, deleted rules included.
export const GET = withAuth(
  async (request) => {
    const raw = request.nextUrl.searchParams.get("ruleId");
    const ruleId = raw === null ? undefined : ruleIdSchema.safeParse(raw);
    if (ruleId && !ruleId.success) throw new AppError("bad_request:api", "Not a rule id.");
    return Response.json({ entries: await listRuleHistory(db(), { ruleId: ruleId?.data }) });
  },
  { roles: ["admin"] },
);
