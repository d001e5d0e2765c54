import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { loadInbox } from "@/lib/conversation/load-inbox";
import { db } from "@/lib/db/client";
import { listConversationsQuerySchema } from "@/lib/validation/conversations";

export const dynamic = "force-dynamic";

export const GET = withAuth(async (request, { user }) => {
  const { queue, limit, ...filters } = parseQuery(request, listConversationsQuerySchema);
  return Response.json(await loadInbox(db(), { queue, filters, limit, userId: user.id }));
});
