import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import type { WebhookEvent } from "@/lib/whatsapp/webhook/events";
import { verifyWebhookSignature } from "@/lib/whatsapp/webhook/verify-signature";
import type { ReceivedWebhook } from "./start-webhook-receiver";

// Shared settings and helpers for the emulator's integration tests (placeholder ids of
// shared/whatsapp/cloud-api.md, signature-vector app secret).

export const TEST_BUSINESS = {
  phoneNumberId: "123456789012345",
  displayPhoneNumber: "15551230000",
  wabaId: "109876543210987",
  verifiedName: "Acme Support",
};
export const TEST_ACCESS_TOKEN = "EAAG-test-token";
export const TEST_APP_SECRET = "emulator-app-secret";
export const TEST_VERIFY_TOKEN = "my-verify-token";
export const AMARA = { waId: "447700900123", profileName: "Amara Okafor" };
// Fast status lifecycle for tests.
export const FAST_STATUSES = { sent: 5, delivered: 15, read: 30 };

export function graphHeaders(token: string | null = TEST_ACCESS_TOKEN): Record<string, string> {
  return { "content-type": "application/json", ...(token === null ? {} : { authorization: `Bearer ${token}` }) };
}

export async function postJson(url: string, body: unknown, token: string | null = TEST_ACCESS_TOKEN): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: "POST", headers: graphHeaders(token), body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

// Every webhook POST the receiver got, checked like our route checks them: the signature over the
// raw bytes, then the parser. Throws if either fails, so a test can never pass on an unsigned body.
export function receivedEvents(received: readonly ReceivedWebhook[], appSecret = TEST_APP_SECRET): WebhookEvent[] {
  return received.flatMap((webhook) => {
    const check = verifyWebhookSignature(webhook.rawBody, webhook.signature, appSecret);
    if (!check.ok) throw new Error(`Webhook signature rejected: ${check.reason}`);
    const parsed = parseWebhookPayload(JSON.parse(webhook.rawBody.toString("utf8")));
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.events;
  });
}

export function statusesOf(events: readonly WebhookEvent[], wamid: string): string[] {
  return events.flatMap((event) => (event.kind === "status" && event.waMessageId === wamid ? [event.status] : []));
}

export function textMessage(to: string, body: string) {
  return { messaging_product: "whatsapp", recipient_type: "individual", to, type: "text", text: { body } };
}
