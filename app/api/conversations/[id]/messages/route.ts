import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { listMessages } from "@/lib/conversation/list-messages";
import { sendAgentMessage } from "@/lib/conversation/send-agent-message";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { conversationIdSchema, sendMessageBodySchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

function conversationId(raw: string): string {
  const parsed = conversationIdSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("bad_request:api", "Not a conversation id.");
  return parsed.data;
}

export const GET = withAuth<{ id: string }>(async (_request, { params }) => Response.json({ messages: await listMessages(db(), conversationId(params.id)) }));

export const POST = withAuth<{ id: string }>(async (request, { user, params }) => {
  const body = await parseJsonBody(request, sendMessageBodySchema);
  const queued = await sendAgentMessage(db(), { conversationId: conversationId(params.id), userId: user.id, content: body.content, replyTo: body.replyToWaMessageId });
  return Response.json({ messageId: queued.messageId }, { status: 202 });
});
