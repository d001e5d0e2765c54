import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { setPresence } from "@/lib/people/set-presence";
import { presenceBodySchema } from "@/lib/validation/conversations";

export const dynamic = "force-dynamic";

export const POST = withAuth(async (request, { user }) => {
  const body = await parseJsonBody(request, presenceBodySchema);
  const { presence } = await setPresence(db(), { userId: user.id, presence: body.presence });
  return Response.json({ presence });
});
