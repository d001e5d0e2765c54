import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { addPrivateNote } from "@/lib/conversation/add-private-note";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addNoteBodySchema } from "@/lib/validation/conversations";
import { conversationIdSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async (request, { user, params }) => {
  const parsed = conversationIdSchema.safeParse(params.id);
  if (!parsed.success) throw new AppError("bad_request:api", "Not a conversation id.");
  const body = await parseJsonBody(request, addNoteBodySchema);
  const { messageId } = await addPrivateNote(db(), { conversationId: parsed.data, userId: user.id, body: body.body, mentionedUserIds: body.mentionedUserIds });
  return Response.json({ messageId }, { status: 201 });
});
