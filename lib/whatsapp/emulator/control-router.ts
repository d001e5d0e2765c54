import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  advanceClockSchema,
  customerInputSchema,
  inboundLocationSchema,
  inboundMediaJsonSchema,
  inboundTextSchema,
  pickListRowSchema,
  reactSchema,
  tapButtonSchema,
} from "./control-schemas";
import type { EmulatorControl } from "./emulator-control";
import type { EmulatorEvent } from "./event-hub";
import { openEventStream } from "./event-stream";
import { emulatorFaultsPatchSchema } from "./faults";
import { sendBytes, sendControlError, sendJson } from "./http-respond";
import { multipartFields, parseMultipartFormData } from "./multipart";
import { readRequestBody } from "./read-body";
import type { InboundMediaUpload } from "./simulate-inbound";

// The control HTTP API under `${basePath}/control` (JSON in and out; the caller has already passed
// the `authorize` check). Routes:
//   GET  /customers                         list customers
//   POST /customers                         create or update {waId, profileName?, readReceipts?, autoRead?, notOnWhatsApp?, marketingOptOut?}
//   GET  /customers/:waId                   one customer
//   GET  /customers/:waId/conversation      the customer-side transcript
//   GET  /customers/:waId/events            Server-Sent Events for that customer
//   POST /customers/:waId/text              {text, replyTo?, forwarded?}
//   POST /customers/:waId/media             JSON {base64, mimeType, fileName?, caption?, voice?} or multipart (file, caption?, voice?)
//   POST /customers/:waId/location          {latitude, longitude, name?, address?, url?}
//   POST /customers/:waId/tap-button        {messageId, buttonId}
//   POST /customers/:waId/pick-list-row     {messageId, rowId}
//   POST /customers/:waId/react             {messageId, emoji | null}
//   POST /customers/:waId/mark-read         the customer opens the chat
//   GET  /events                            Server-Sent Events for every customer
//   GET  /sent-messages                     POST …/messages requests as received
//   GET  /deliveries                        webhook delivery log
//   GET  /faults, PUT|PATCH|POST /faults    read / merge fault knobs
//   GET  /clock, POST /clock/advance {ms}   virtual clock
//   POST /webhook/verify                    run the hub.challenge handshake
//   GET  /templates                         the template store
//   GET  /media/:mediaId                    raw bytes of any media the emulator holds
//   POST /reset                             forget everything
// Errors: { error: { code, message, details? } } with 400/404/405.

// Base64 inflates files by a third; a 16 MB video needs ~22 MB of JSON.
const MAX_CONTROL_BODY_BYTES = 40 * 1024 * 1024;

type Route = { method: string; segments: string[] };

// Registers an open event stream with the emulator (so close() can end it); returns the deregistration.
export type StreamTracker = (end: () => void) => () => void;

export async function routeControlRequest(
  control: EmulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  controlPath: string,
  trackStream: StreamTracker,
): Promise<void> {
  let segments: string[];
  try {
    segments = controlPath.split("/").filter((segment) => segment !== "").map((segment) => decodeURIComponent(segment));
  } catch {
    return sendControlError(res, 400, "bad_request:whatsapp", "Malformed path.");
  }
  const route: Route = { method: (req.method ?? "GET").toUpperCase(), segments };
  try {
    await dispatch(control, req, res, route, trackStream);
  } catch (error) {
    if (error instanceof AppError) return sendControlError(res, error.status, error.code, error.message, error.details);
    if (error instanceof z.ZodError) return sendControlError(res, 400, "bad_request:whatsapp", "Invalid request body.", z.flattenError(error));
    throw error;
  }
}

async function dispatch(
  control: EmulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  trackStream: StreamTracker,
): Promise<void> {
  const { method, segments } = route;
  const [first, second, third, ...extra] = segments;
  if (extra.length > 0) return notFound(res);

  if (first === "customers" && second === undefined) {
    if (method === "GET") return sendJson(res, 200, { data: control.customers() });
    if (method === "POST") return sendJson(res, 200, control.upsertCustomer(customerInputSchema.parse(await readJson(req))));
    return methodNotAllowed(res);
  }

  if (first === "customers" && second !== undefined) {
    const waId = second;
    if (third === undefined) {
      if (method !== "GET") return methodNotAllowed(res);
      const customer = control.customer(waId);
      if (!customer) throw new AppError("not_found:whatsapp", `No simulated customer with wa_id ${waId}.`);
      return sendJson(res, 200, customer);
    }
    if (method === "GET" && third === "conversation") return sendJson(res, 200, { data: control.conversation(waId) });
    if (method === "GET" && third === "events") {
      if (!control.customer(waId)) throw new AppError("not_found:whatsapp", `No simulated customer with wa_id ${waId}.`);
      return streamEvents(req, res, control, trackStream, (event) => event.waId === waId);
    }
    if (method !== "POST") return third === "conversation" || third === "events" ? methodNotAllowed(res) : notFound(res);
    switch (third) {
      case "text": {
        const body = inboundTextSchema.parse(await readJson(req));
        const options = { ...(body.replyTo === undefined ? {} : { replyTo: body.replyTo }), ...(body.forwarded === undefined ? {} : { forwarded: body.forwarded }) };
        return sendJson(res, 200, control.sendText(waId, body.text, options));
      }
      case "media":
        return sendJson(res, 200, control.sendMedia(waId, await readMediaUpload(req)));
      case "location":
        return sendJson(res, 200, control.sendLocation(waId, inboundLocationSchema.parse(await readJson(req))));
      case "tap-button": {
        const body = tapButtonSchema.parse(await readJson(req));
        return sendJson(res, 200, control.tapButton(waId, body.messageId, body.buttonId));
      }
      case "pick-list-row": {
        const body = pickListRowSchema.parse(await readJson(req));
        return sendJson(res, 200, control.pickListRow(waId, body.messageId, body.rowId));
      }
      case "react": {
        const body = reactSchema.parse(await readJson(req));
        return sendJson(res, 200, control.react(waId, body.messageId, body.emoji));
      }
      case "mark-read":
        return sendJson(res, 200, control.markChatRead(waId));
      default:
        return notFound(res);
    }
  }

  if (first === "events" && second === undefined) {
    if (method !== "GET") return methodNotAllowed(res);
    return streamEvents(req, res, control, trackStream, () => true);
  }
  if (first === "sent-messages" && second === undefined) return method === "GET" ? sendJson(res, 200, { data: control.sentMessages() }) : methodNotAllowed(res);
  if (first === "deliveries" && second === undefined) return method === "GET" ? sendJson(res, 200, { data: control.deliveryLog() }) : methodNotAllowed(res);
  if (first === "templates" && second === undefined) return method === "GET" ? sendJson(res, 200, { data: control.templates() }) : methodNotAllowed(res);
  if (first === "faults" && second === undefined) {
    if (method === "GET") return sendJson(res, 200, control.faults());
    if (method === "PUT" || method === "PATCH" || method === "POST") return sendJson(res, 200, control.setFaults(emulatorFaultsPatchSchema.parse(await readJson(req))));
    return methodNotAllowed(res);
  }
  if (first === "clock" && second === undefined) return method === "GET" ? sendJson(res, 200, { now: control.now().toISOString() }) : methodNotAllowed(res);
  if (first === "clock" && second === "advance") {
    if (method !== "POST") return methodNotAllowed(res);
    const { ms } = advanceClockSchema.parse(await readJson(req));
    return sendJson(res, 200, { now: control.advanceClock(ms).toISOString() });
  }
  if (first === "webhook" && second === "verify") return method === "POST" ? sendJson(res, 200, await control.verifyWebhook()) : methodNotAllowed(res);
  if (first === "media" && second !== undefined && third === undefined) {
    if (method !== "GET") return methodNotAllowed(res);
    const media = control.media(second);
    if (!media) throw new AppError("not_found:whatsapp", `No media with id ${second}.`);
    return sendBytes(res, 200, media.bytes, media.mimeType);
  }
  if (first === "reset" && second === undefined) {
    if (method !== "POST") return methodNotAllowed(res);
    control.reset();
    return sendJson(res, 200, { ok: true });
  }
  return notFound(res);
}

function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  control: EmulatorControl,
  trackStream: StreamTracker,
  accept: (event: EmulatorEvent) => boolean,
): void {
  let untrack: () => void = () => {};
  const end = openEventStream(req, res, control.subscribe, accept, { onEnd: () => untrack() });
  untrack = trackStream(end);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const read = await readRequestBody(req, MAX_CONTROL_BODY_BYTES);
  if (!read.ok) throw new AppError("bad_request:whatsapp", "The request body is too large.");
  const text = read.body.toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request:whatsapp", "The request body is not valid JSON.", { cause: error });
  }
}

// Media for a simulated customer: JSON with base64 bytes, or a multipart form with a `file` part.
async function readMediaUpload(req: IncomingMessage): Promise<InboundMediaUpload> {
  const contentType = req.headers["content-type"] ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    const body = inboundMediaJsonSchema.parse(await readJson(req));
    return {
      bytes: Buffer.from(body.base64, "base64"),
      mimeType: body.mimeType,
      ...(body.fileName === undefined ? {} : { fileName: body.fileName }),
      ...(body.caption === undefined ? {} : { caption: body.caption }),
      ...(body.voice === undefined ? {} : { voice: body.voice }),
    };
  }
  const read = await readRequestBody(req, MAX_CONTROL_BODY_BYTES);
  if (!read.ok) throw new AppError("bad_request:whatsapp", "The request body is too large.");
  const form = parseMultipartFormData(read.body, contentType);
  if (!form.ok) throw new AppError("bad_request:whatsapp", `Malformed multipart body (${form.reason}).`);
  const file = form.parts.find((part) => part.name === "file");
  const fields = multipartFields(form.parts);
  const mimeType = fields.get("mimeType") ?? file?.contentType;
  if (!file || !mimeType) throw new AppError("bad_request:whatsapp", "A multipart media post needs a `file` part with a content type.");
  const caption = fields.get("caption");
  const fileName = fields.get("fileName") ?? file.fileName;
  return {
    bytes: file.data,
    mimeType,
    ...(fileName === undefined ? {} : { fileName }),
    ...(caption === undefined ? {} : { caption }),
    ...(fields.has("voice") ? { voice: fields.get("voice") === "true" } : {}),
  };
}

function notFound(res: ServerResponse): void {
  sendControlError(res, 404, "not_found:whatsapp", "No such emulator control route.");
}

function methodNotAllowed(res: ServerResponse): void {
  sendControlError(res, 405, "bad_request:whatsapp", "Method not allowed on this emulator control route.");
}
