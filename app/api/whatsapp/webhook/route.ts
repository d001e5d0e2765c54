import { readBodyWithin } from "@/lib/api/read-body-within";
import { MAX_WEBHOOK_BYTES, receiveWebhook } from "@/lib/channel/receive-webhook";
import { verifyWebhookSubscription } from "@/lib/channel/verify-webhook-subscription";

// Public by design (Meta calls it); every POST is checked against the app secret signature.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return verifyWebhookSubscription(new URL(request.url).searchParams);
}

export async function POST(request: Request): Promise<Response> {
  const body = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
  if (!body) return Response.json({ error: { code: "webhook:payload_too_large", message: "Body exceeds 4 MB." } }, { status: 413 });
  return receiveWebhook(body, request.headers.get("x-hub-signature-256"));
}
