import { setRuleEnabled } from "@/lib/admin/rules/set-rule-enabled";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ruleIdSchema, setRuleEnabledSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  async (request, { user, params }) => {
    const id = ruleIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("bad_request:api", "Not a rule id.");
    const { enabled } = await parseJsonBody(request, setRuleEnabledSchema);
    return Response.json({ rule: await setRuleEnabled(db(), { ruleId: id.data, enabled, user }) });
  },
  { roles: ["admin"] },
);
