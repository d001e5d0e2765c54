import type { IncomingMessage, ServerResponse } from "node:http";
import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { checkMediaUpload, mimeEssence } from "@/lib/whatsapp/cloud-api/media-limits";
import type { EmulatorContext } from "./emulator-context";
import { unknownObjectError } from "./graph-object-errors";
import { sendGraphError, sendJson } from "./http-respond";
import { multipartFields, parseMultipartFormData } from "./multipart";
import { readRequestBody } from "./read-body";

// The largest file Meta accepts is a 100 MB document; allow room for the multipart framing.
const MAX_UPLOAD_BYTES = 101 * 1024 * 1024;

// POST /{phone-number-id}/media (shared/whatsapp/cloud-api.md §5): multipart/form-data with `file`,
// `type` (the MIME type) and `messaging_product=whatsapp`. Checks the §5 type/size table and
// answers {"id"}; the file is kept for 30 days (virtual time) unless deleted.
export async function handleMediaUpload(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, phoneNumberId: string): Promise<void> {
  if (phoneNumberId !== ctx.business.phoneNumberId) return sendGraphError(res, unknownObjectError("POST", phoneNumberId));
  const read = await readRequestBody(req, MAX_UPLOAD_BYTES);
  if (!read.ok) return sendGraphError(res, uploadError(`Media file size too big: ${read.receivedBytes} bytes.`));

  const form = parseMultipartFormData(read.body, req.headers["content-type"]);
  if (!form.ok) return sendGraphError(res, { code: GRAPH_ERROR.invalidParameter, details: "Media uploads must be sent as multipart/form-data." });
  const fields = multipartFields(form.parts);
  const file = form.parts.find((part) => part.name === "file" && part.fileName !== undefined) ?? form.parts.find((part) => part.name === "file");

  const product = fields.get("messaging_product");
  if (product === undefined) return sendGraphError(res, { code: GRAPH_ERROR.requiredParameterMissing, details: "The parameter messaging_product is required." });
  if (product !== "whatsapp") return sendGraphError(res, { code: GRAPH_ERROR.parameterValueInvalid, details: 'messaging_product must be "whatsapp"' });
  if (!file) return sendGraphError(res, { code: GRAPH_ERROR.requiredParameterMissing, details: "The parameter file is required." });

  const declaredType = fields.get("type");
  const mimeType = declaredType ?? file.contentType ?? "";
  if (declaredType !== undefined && file.contentType !== undefined && mimeEssence(declaredType) !== mimeEssence(file.contentType)) {
    return sendGraphError(res, uploadError(`The type parameter (${declaredType}) does not match the file's content type (${file.contentType}).`));
  }
  if (file.data.length === 0) return sendGraphError(res, uploadError("The uploaded file is empty."));
  const check = checkMediaUpload(mimeType, file.data.length);
  if (!check.ok) return sendGraphError(res, uploadError(check.details));

  const stored = ctx.media.save({ phoneNumberId, mimeType, fileName: file.fileName ?? null, bytes: file.data, origin: "upload" });
  sendJson(res, 200, { id: stored.id });
}

function uploadError(details: string): GraphError {
  return { code: GRAPH_ERROR.mediaUploadError, details };
}
