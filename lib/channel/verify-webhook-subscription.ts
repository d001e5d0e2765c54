import { childLogger } from "@/lib/logger";
import { verifySubscription } from "@/lib/whatsapp/webhook/verify-challenge";
import { whatsAppConfig } from "./whatsapp-config";

const log = childLogger("webhook");

// Meta's handshake: echo the challenge only when the verify token matches.
export function verifyWebhookSubscription(params: URLSearchParams): Response {
  const result = verifySubscription(params, whatsAppConfig().verifyToken);
  if (!result.ok) {
    log.warn({ reason: result.reason }, "webhook verification refused");
    return new Response("Forbidden", { status: 403 });
  }
  return new Response(result.challenge, { status: 200, headers: { "content-type": "text/plain" } });
}
