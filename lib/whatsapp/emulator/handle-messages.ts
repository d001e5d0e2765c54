import type { IncomingMessage, ServerResponse } from "node:http";
import { GRAPH_ERROR, type GraphError, renderGraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { isMarkAsReadRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import { validateSendRequest } from "@/lib/whatsapp/cloud-api/validate-send";
import type { EmulatorContext } from "./emulator-context";
import { unknownObjectError } from "./graph-object-errors";
import { sendJson } from "./http-respond";
import { processMarkAsRead } from "./process-mark-read";
import { processSend } from "./process-send";
import { readRequestBody } from "./read-body";

// Far above any valid message (text bodies stop at 4096 characters); protects the server process.
const MAX_BODY_BYTES = 1024 * 1024;

// POST /{phone-number-id}/messages (auth already checked by the router): the phone number must exist,
// the body must be JSON, then validation and the send pipeline. Every request is logged as received,
// with the answer it got.
export async function handleMessages(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, phoneNumberId: string): Promise<void> {
  const receivedAt = ctx.clock.now().toISOString();
  const read = await readRequestBody(req, MAX_BODY_BYTES);
  const rawBody = read.ok ? read.body.toString("utf8") : "";
  let parsed: unknown = rawBody;

  const answer = (status: number, body: unknown, wamid: string | null) => {
    ctx.sentRequests.record({ receivedAt, phoneNumberId, rawBody, body: parsed, response: { status, body }, wamid });
    sendJson(res, status, body);
  };
  const answerError = (error: GraphError) => {
    const { status, body } = renderGraphError(error);
    answer(status, body, null);
  };

  if (phoneNumberId !== ctx.business.phoneNumberId) return answerError(unknownObjectError("POST", phoneNumberId));
  if (!read.ok) return answerError({ code: GRAPH_ERROR.invalidParameter, details: "The request body is too large." });
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return answerError({ code: GRAPH_ERROR.invalidParameter, details: "The request body is not valid JSON." });
  }

  const validation = validateSendRequest(parsed);
  if (!validation.ok) return answerError(validation.error);
  const request = validation.request;
  const outcome = isMarkAsReadRequest(request) ? processMarkAsRead(ctx, request) : processSend(ctx, request);
  if (!outcome.ok) return answerError(outcome.error);
  answer(200, outcome.body, "wamid" in outcome ? outcome.wamid : null);
}
