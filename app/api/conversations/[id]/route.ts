import { withAuth } from "@/lib/api/with-auth";
import { configuredConnectors } from "@/lib/agent/connectors/configured-connectors";
import { getConversationDetail } from "@/lib/conversation/get-conversation-detail";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { conversationIdSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async (_request, { user, params }) => {
  const id = conversationIdSchema.safeParse(params.id);
  if (!id.success) throw new AppError("bad_request:api", "Not a conversation id.");
  return Response.json(await getConversationDetail(db(), { conversationId: id.data, userId: user.id, connectors: configuredConnectors(db(), env()) }));
});
