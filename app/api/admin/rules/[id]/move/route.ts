import { moveRule } from "@/lib/admin/rules/move-rule";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { moveRuleSchema, ruleIdSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(
  async (request, { user, params }) => {
    const id = ruleIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("bad_request:api", "Not a rule id.");
    const { direction } = await parseJsonBody(request, moveRuleSchema);
    return Response.json({ order: await moveRule(db(), { ruleId: id.data, direction, user }) });
  },
  { roles: ["admin"] },
);
