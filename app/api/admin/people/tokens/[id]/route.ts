import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { requireUuid } from "@/lib/people/require-uuid";
import { revokeApiToken } from "@/lib/people/revoke-api-token";

export const dynamic = "force-dynamic";

// Revokes the token (kept for the record, refused from now on).
export const DELETE = withAuth<{ id: string }>(
  async (_request, { user, params }) => Response.json(await revokeApiToken(db(), { actorId: user.id, tokenId: requireUuid(params.id, "API token") })),
  { roles: ["admin"] },
);
