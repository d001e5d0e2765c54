import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { verifyWebhookSignature } from "@/lib/whatsapp/webhook/verify-signature";
import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import { ingestWebhookEvents } from "./ingest/ingest-webhook-events";
import { publishIngestResult } from "./publish-ingest-result";
import { scheduleMediaFetch, scheduleTurn } from "./schedule-follow-up-jobs";
import { whatsAppConfig } from "./whatsapp-config";

const log = childLogger("webhook");
// Meta documents payloads up to 3 MB.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

// Signature → JSON → schema → one transaction → 200. Anything we cannot trust is rejected and logged
// with the reason and nothing is stored; anything we cannot store answers 500 so Meta retries.
export async function receiveWebhook(rawBody: Buffer, signatureHeader: string | null): Promise<Response> {
  if (rawBody.byteLength > MAX_BODY_BYTES) {
    log.warn({ bytes: rawBody.byteLength }, "webhook rejected: body too large");
    return reject(413, "payload_too_large", "Body exceeds 4 MB.");
  }
  const signature = verifyWebhookSignature(rawBody, signatureHeader, whatsAppConfig().appSecret);
  if (!signature.ok) {
    log.warn({ reason: signature.reason, bytes: rawBody.byteLength }, "webhook rejected: bad signature");
    return reject(401, signature.reason, "Signature check failed.");
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString("utf8"));
  } catch (error) {
    log.warn({ reason: error instanceof Error ? error.message : String(error) }, "webhook rejected: malformed JSON");
    return reject(400, "malformed_json", "Body is not valid JSON.");
  }
  const parsed = parseWebhookPayload(json);
  if (!parsed.ok) {
    log.warn({ reason: parsed.reason }, "webhook rejected: not a WhatsApp payload");
    return reject(400, "invalid_payload", parsed.reason);
  }
  try {
    const result = await ingestWebhookEvents(db(), parsed.events);
    for (const conversationId of result.turnsToSchedule) await scheduleTurn(conversationId, env().BURST_WINDOW_MS);
    for (const mediaId of result.mediaToFetch) await scheduleMediaFetch(mediaId);
    publishIngestResult(result);
    for (const event of parsed.events) if (event.kind === "error") log.warn({ error: event.error, phoneNumberId: event.phoneNumberId }, "WhatsApp reported an error");
    return Response.json({ received: parsed.events.length, stored: result.storedMessages.length, duplicates: result.duplicates });
  } catch (error) {
    log.error({ err: error }, "webhook could not be stored; Meta will retry");
    return reject(500, "storage_failed", "Could not store the update; it will be retried.");
  }
}

function reject(status: number, code: string, message: string): Response {
  return Response.json({ error: { code: `webhook:${code}`, message } }, { status });
}
