import { z } from "zod";
import { readBodyWithin } from "@/lib/api/read-body-within";
import { withAuth } from "@/lib/api/with-auth";
import { channelRuntime } from "@/lib/channel/channel-runtime";
import { uploadAgentAttachment } from "@/lib/channel/upload-agent-attachment";
import { whatsAppConfig } from "@/lib/channel/whatsapp-config";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { INBOUND_MEDIA_MAX_BYTES } from "@/lib/whatsapp/cloud-api/media-limits";

export const dynamic = "force-dynamic";

// WhatsApp's largest file (a 100 MB document) plus room for the multipart envelope; the exact limit
// per type is checked once the type is known.
const MAX_BODY_BYTES = INBOUND_MEDIA_MAX_BYTES + 1024 * 1024;

const conversationIdField = z.uuid("Not a conversation id.").optional();

// POST multipart/form-data: `file`, and optionally `conversationId` (whose number uploads it).
export const POST = withAuth(async (request) => {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("bad_request:api", "Send the file as multipart/form-data in a field named \"file\".");
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (!body) throw new AppError("bad_request:api", "The file is too large: WhatsApp sends files of at most 100 MB.", { details: { reason: "too_large" } });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request:api", "The upload is not readable multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("bad_request:api", "Attach the file in a field named \"file\".");
  const conversationId = conversationIdField.safeParse(form.get("conversationId") ?? undefined);
  if (!conversationId.success) throw new AppError("bad_request:api", "Not a conversation id.");

  const { client, storage } = channelRuntime();
  const uploaded = await uploadAgentAttachment(
    db(),
    { file: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mimeType: file.type }, conversationId: conversationId.data },
    { client, storage, defaultPhoneNumberId: whatsAppConfig().phoneNumberId },
  );
  return Response.json(uploaded, { status: 201 });
});
