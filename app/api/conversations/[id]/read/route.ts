import { withAuth } from "@/lib/api/with-auth";
import { markConversationRead } from "@/lib/conversation/mark-conversation-read";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { conversationIdSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async (_request, { user, params }) => {
  const parsed = conversationIdSchema.safeParse(params.id);
  if (!parsed.success) throw new AppError("bad_request:api", "Not a conversation id.");
  await markConversationRead(db(), { conversationId: parsed.data, userId: user.id });
  return new Response(null, { status: 204 });
});
