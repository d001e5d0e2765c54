import { z } from "zod";
import { deleteRule } from "@/lib/admin/rules/delete-rule";
import { updateRule } from "@/lib/admin/rules/update-rule";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ruleIdSchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

export const PUT = withAuth<{ id: string }>(
  async (request, { user, params }) => {
    const rule = await updateRule(db(), { ruleId: ruleId(params.id), body: await parseJsonBody(request, z.unknown()), user });
    return Response.json({ rule });
  },
  { roles: ["admin"] },
);

export const DELETE = withAuth<{ id: string }>(
  async (_request, { user, params }) => {
    await deleteRule(db(), { ruleId: ruleId(params.id), user });
    return new Response(null, { status: 204 });
  },
  { roles: ["admin"] },
);

function ruleId(value: string): string {
  const parsed = ruleIdSchema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request:api", "Not a rule id.");
  return parsed.data;
}
