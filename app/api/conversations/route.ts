import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { listConversations } from "@/lib/conversation/list-conversations";
import { db } from "@/lib/db/client";
import { listConversationsQuerySchema } from "@/lib/validation/conversations";

export const dynamic = "force-dynamic";

export const GET = withAuth(async (request) => {
  const query = parseQuery(request, listConversationsQuerySchema);
  return Response.json({ conversations: await listConversations(db(), query) });
});
