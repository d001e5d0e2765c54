import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { deleteTeam } from "@/lib/people/delete-team";
import { requireUuid } from "@/lib/people/require-uuid";
import { updateTeam } from "@/lib/people/update-team";
import { updateTeamBodySchema } from "@/lib/validation/people";

export const dynamic = "force-dynamic";

export const PATCH = withAuth<{ id: string }>(
  async (request, { user, params }) =>
    Response.json(await updateTeam(db(), { actorId: user.id, teamId: requireUuid(params.id, "team"), body: await parseJsonBody(request, updateTeamBodySchema) })),
  { roles: ["admin"] },
);

export const DELETE = withAuth<{ id: string }>(
  async (_request, { user, params }) => {
    await deleteTeam(db(), { actorId: user.id, teamId: requireUuid(params.id, "team") });
    return new Response(null, { status: 204 });
  },
  { roles: ["admin"] },
);
