import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { requireUuid } from "@/lib/people/require-uuid";
import { resetUserPassword } from "@/lib/people/reset-user-password";

export const dynamic = "force-dynamic";

// The answer carries the new temporary password once; it is never stored in clear or logged.
export const POST = withAuth<{ id: string }>(
  async (_request, { user, params }) =>
    Response.json(await resetUserPassword(db(), { actorId: user.id, userId: requireUuid(params.id, "person") }), { headers: { "cache-control": "no-store" } }),
  { roles: ["admin"] },
);
