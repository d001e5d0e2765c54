// How a verified webhook body is ingested after it is stored. "inline" ingests before answering
// (simple, used by tests and single calls); "deferred" answers right after the insert and lets the
// webhook.ingest job ingest in batches (the server's mode: Meta asks for a fast 200).
export type WebhookIngestMode = { mode: "inline" } | { mode: "deferred"; requestIngest: () => void };

const holder = globalThis as typeof globalThis & { __webhookIngestMode?: WebhookIngestMode };

export function webhookIngestMode(): WebhookIngestMode {
  return holder.__webhookIngestMode ?? { mode: "inline" };
}

export function setWebhookIngestMode(mode: WebhookIngestMode): void {
  holder.__webhookIngestMode = mode;
}

// Coalesces many "please ingest" calls into few job requests, so every stored body is followed by a
// request and a burst costs two enqueues, not one per message. A call while nothing is pending asks
// at once (a lone message is not held back); calls within `delayMs` after a request are answered by
// one more request when that time is up. At most one request per `delayMs`, as before.
export function debouncedIngestRequest(enqueue: () => Promise<unknown>, delayMs = 10): () => void {
  let coolingDown = false;
  let pending = false;
  const request = () => {
    void enqueue().catch(() => {
      // The maintenance sweep picks up pending bodies if the request could not be queued.
    });
    setTimeout(() => {
      if (pending) {
        pending = false;
        request();
      } else coolingDown = false;
    }, delayMs);
  };
  return () => {
    if (coolingDown) {
      pending = true;
      return;
    }
    coolingDown = true;
    request();
  };
}
