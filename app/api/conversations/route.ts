import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import type { ConversationListResponse } from "@/lib/conversation/console-types";
import { countConversationQueues } from "@/lib/conversation/count-conversation-queues";
import { listConversations } from "@/lib/conversation/list-conversations";
import { db } from "@/lib/db/client";
import { listConversationsQuerySchema } from "@/lib/validation/conversations";

export const dynamic = "force-dynamic";

export const GET = withAuth(async (request, { user }) => {
  const { queue, limit, ...filters } = parseQuery(request, listConversationsQuerySchema);
  const [conversations, counts] = await Promise.all([
    listConversations(db(), { queue, filters, limit, userId: user.id }),
    countConversationQueues(db(), { filters, userId: user.id }),
  ]);
  return Response.json({ conversations, counts } satisfies ConversationListResponse);
});
