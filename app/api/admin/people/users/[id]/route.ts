import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { requireUuid } from "@/lib/people/require-uuid";
import { updateUser } from "@/lib/people/update-user";
import { updateUserBodySchema } from "@/lib/validation/people";

export const dynamic = "force-dynamic";

export const PATCH = withAuth<{ id: string }>(
  async (request, { user, params }) =>
    Response.json(await updateUser(db(), { actorId: user.id, userId: requireUuid(params.id, "person"), changes: await parseJsonBody(request, updateUserBodySchema) })),
  { roles: ["admin"] },
);
