import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { applyConversationAction } from "@/lib/conversation/apply-conversation-action";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { conversationActionSchema } from "@/lib/validation/conversations";
import { conversationIdSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async (request, { user, params }) => {
  const parsed = conversationIdSchema.safeParse(params.id);
  if (!parsed.success) throw new AppError("bad_request:api", "Not a conversation id.");
  const action = await parseJsonBody(request, conversationActionSchema);
  const { version } = await applyConversationAction(db(), { conversationId: parsed.data, userId: user.id, action });
  return Response.json({ version });
});
