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

// Coalesces many "please ingest" calls into one job request issued shortly after the latest of them,
// so every stored body is followed by a request and a burst costs one enqueue, not one per message.
export function debouncedIngestRequest(enqueue: () => Promise<unknown>, delayMs = 10): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void enqueue().catch(() => {
        // The maintenance sweep picks up pending bodies if the request could not be queued.
      });
    }, delayMs);
  };
}
