import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { inviteUser } from "@/lib/people/invite-user";
import { listPeople } from "@/lib/people/list-people";
import { inviteUserBodySchema } from "@/lib/validation/people";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json(await listPeople(db())), { roles: ["admin"] });

// The answer carries the temporary password once; it is never stored in clear or logged.
export const POST = withAuth(
  async (request, { user }) => Response.json(await inviteUser(db(), { actorId: user.id, body: await parseJsonBody(request, inviteUserBodySchema) }), { status: 201, headers: { "cache-control": "no-store" } }),
  { roles: ["admin"] },
);
