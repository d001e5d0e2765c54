import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/people/create-api-token";
import { listApiTokens } from "@/lib/people/list-api-tokens";
import { createApiTokenBodySchema } from "@/lib/validation/people";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json({ tokens: await listApiTokens(db()) }), { roles: ["admin"] });

// The answer carries the token's secret once; only its SHA-256 and prefix are stored.
export const POST = withAuth(
  async (request, { user }) =>
    Response.json(await createApiToken(db(), { actorId: user.id, body: await parseJsonBody(request, createApiTokenBodySchema) }), { status: 201, headers: { "cache-control": "no-store" } }),
  { roles: ["admin"] },
);
