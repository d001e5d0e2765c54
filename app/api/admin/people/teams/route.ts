import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { createTeam } from "@/lib/people/create-team";
import { createTeamBodySchema } from "@/lib/validation/people";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  async (request, { user }) => Response.json(await createTeam(db(), { actorId: user.id, body: await parseJsonBody(request, createTeamBodySchema) }), { status: 201 }),
  { roles: ["admin"] },
);
