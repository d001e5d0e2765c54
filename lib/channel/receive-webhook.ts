import { db } from "@/lib/db/client";
import { childLogger } from "@/lib/logger";
import { verifyWebhookSignature } from "@/lib/whatsapp/webhook/verify-signature";
import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import { sql } from "drizzle-orm";
import { inboundWebhooks } from "@/lib/db/schema";
import { afterIngest } from "./after-ingest";
import { drainInboundWebhooks } from "./ingest/drain-inbound-webhooks";
import { webhookIngestMode } from "./webhook-ingest-mode";
import { whatsAppConfig } from "./whatsapp-config";

const log = childLogger("webhook");
// Meta documents payloads up to 3 MB.
export const MAX_WEBHOOK_BYTES = 4 * 1024 * 1024;

// Signature → JSON → schema → store the body → 200. Anything we cannot trust is rejected and logged
// with the reason and nothing is stored; a body we cannot store answers 500 so Meta retries. Stored
// bodies are ingested in batches (drain-inbound-webhooks.ts), inline or by the webhook.ingest job.
export async function receiveWebhook(rawBody: Buffer, signatureHeader: string | null): Promise<Response> {
  if (rawBody.byteLength > MAX_WEBHOOK_BYTES) {
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
    // The verified bytes go in as they are: no re-serialisation on the hot path.
    await db().execute(sql`insert into ${inboundWebhooks} (payload) values (${rawBody.toString("utf8")}::jsonb)`);
  } catch (error) {
    log.error({ err: error }, "webhook could not be stored; Meta will retry");
    return reject(500, "storage_failed", "Could not store the update; it will be retried.");
  }
  for (const event of parsed.events) if (event.kind === "error") log.warn({ error: event.error, phoneNumberId: event.phoneNumberId }, "WhatsApp reported an error");
  const mode = webhookIngestMode();
  if (mode.mode === "deferred") {
    mode.requestIngest();
    return Response.json({ received: parsed.events.length });
  }
  // Inline: the body is already safe; ingesting it now only changes when it becomes visible.
  let stored = 0;
  await drainInboundWebhooks(db(), {
    onBatch: async (result) => {
      stored += result.storedMessages.length;
      await afterIngest(result);
    },
  }).catch((error: unknown) => log.error({ err: error }, "inline ingest failed; the webhook.ingest job will retry"));
  const messagesInBody = parsed.events.filter((event) => event.kind === "message").length;
  return Response.json({ received: parsed.events.length, stored, duplicates: Math.max(0, messagesInBody - stored) });
}

function reject(status: number, code: string, message: string): Response {
  return Response.json({ error: { code: `webhook:${code}`, message } }, { status });
}
