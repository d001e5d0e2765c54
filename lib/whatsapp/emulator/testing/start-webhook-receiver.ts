import { type IncomingHttpHeaders, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySubscription } from "@/lib/whatsapp/webhook/verify-challenge";
import { readRequestBody } from "../read-body";

// A stand-in for our POST /api/whatsapp/webhook in emulator tests: records every POST (raw bytes and
// headers), answers the GET hub.challenge handshake like the real route, and replies with whatever
// status the test chooses — to exercise retries.

export type ReceivedWebhook = {
  rawBody: Buffer;
  signature: string | null;
  headers: IncomingHttpHeaders;
  // Status the receiver answered with.
  answeredStatus: number;
};

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  // Decides the status of the n-th POST (0-based); default 200.
  respondWith(responder: (index: number) => number): void;
  waitFor(predicate: (received: readonly ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function startWebhookReceiver(options: { verifyToken: string; path?: string }): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let responder: (index: number) => number = () => 200;
  let posts = 0;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://receiver.invalid");
      if (req.method === "GET") {
        const check = verifySubscription(url.searchParams, options.verifyToken);
        res.writeHead(check.ok ? 200 : 403, { "content-type": "text/plain" });
        res.end(check.ok ? check.challenge : "Forbidden");
        return;
      }
      const read = await readRequestBody(req, 5 * 1024 * 1024);
      const status = responder(posts++);
      const header = req.headers["x-hub-signature-256"];
      received.push({
        rawBody: read.ok ? read.body : Buffer.alloc(0),
        signature: typeof header === "string" ? header : null,
        headers: req.headers,
        answeredStatus: status,
      });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 200 ? "ok" : "nope");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${options.path ?? "/api/whatsapp/webhook"}`,
    received,
    respondWith(next) {
      responder = next;
    },
    waitFor: (predicate, timeoutMs = 5_000) => waitUntil(() => predicate(received), timeoutMs),
    close: () => closeServer(server),
  };
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
