import { randomInt } from "node:crypto";

// Meta's subscription handshake (shared/whatsapp/cloud-api.md §2.1, §9.3): GET the callback URL
// with hub.mode=subscribe, a random numeric challenge and our verify token. The endpoint passes only
// by answering 200 with exactly the challenge as the body.

export type WebhookVerification = {
  ok: boolean;
  at: string;
  status: number | null;
  challenge: string;
  // What the endpoint answered (first 200 characters), or why the request failed.
  body: string | null;
  error: string | null;
};

export async function verifyWebhookEndpoint(input: {
  webhookUrl: string;
  verifyToken: string;
  fetch: typeof fetch;
  timeoutMs: number;
  now: Date;
}): Promise<WebhookVerification> {
  const challenge = String(randomInt(1_000_000_000, 2_000_000_000));
  const url = new URL(input.webhookUrl);
  url.searchParams.set("hub.mode", "subscribe");
  url.searchParams.set("hub.challenge", challenge);
  url.searchParams.set("hub.verify_token", input.verifyToken);
  const at = input.now.toISOString();
  try {
    const response = await input.fetch(url, { method: "GET", signal: AbortSignal.timeout(input.timeoutMs) });
    const body = await response.text();
    const ok = response.status === 200 && body === challenge;
    return {
      ok,
      at,
      status: response.status,
      challenge,
      body: body.slice(0, 200),
      error: ok ? null : "The endpoint must answer 200 with the bare hub.challenge as its body.",
    };
  } catch (error) {
    return { ok: false, at, status: null, challenge, body: null, error: error instanceof Error ? error.message : String(error) };
  }
}
