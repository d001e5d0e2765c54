import type { QueuePolicy } from "pg-boss";
import { z } from "zod";

// Every durable queue, the payload its jobs carry and how jobs with the same key may overlap.
export type JobPayloads = {
  "maintenance.sweep": Record<string, never>;
  // One agent turn for a conversation; `stately` + the conversation id as key means at most one
  // running and one waiting per conversation, so turns are ordered and a burst collapses.
  "conversation.turn": { conversationId: string };
  // Sends a conversation's pending outbox rows in order.
  "outbox.send": { conversationId: string };
  "media.fetch": { mediaId: string };
  // Ingests stored webhook bodies in batches until none is pending.
  "webhook.ingest": Record<string, never>;
  // Recomputes the metrics facts of conversations marked stale, so the dashboard's own refresh finds
  // little to do (and a migration's or an import's backfill happens here, not in a person's request).
  "metrics.refresh": Record<string, never>;
};

export type QueueName = keyof JobPayloads;

// `workers`: jobs of that queue run at once in one process. Per-conversation queues keep their order
// through the stately singleton key (one active job per conversation), so several workers serve
// several conversations in parallel instead of one turn per poll.
export const QUEUES: Record<QueueName, { policy: QueuePolicy; retryLimit: number; workers: number }> = {
  "maintenance.sweep": { policy: "standard", retryLimit: 2, workers: 1 },
  "conversation.turn": { policy: "stately", retryLimit: 3, workers: 4 },
  "outbox.send": { policy: "stately", retryLimit: 10, workers: 4 },
  "media.fetch": { policy: "stately", retryLimit: 5, workers: 2 },
  "webhook.ingest": { policy: "stately", retryLimit: 10, workers: 1 },
  "metrics.refresh": { policy: "stately", retryLimit: 1, workers: 1 },
};

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

export const SCHEDULES: readonly { queue: QueueName; cron: string }[] = [
  { queue: "maintenance.sweep", cron: "* * * * *" },
  { queue: "metrics.refresh", cron: "* * * * *" },
];

// Job data comes back from the database; it is checked before a handler sees it.
export const JOB_SCHEMAS: { [Q in QueueName]: z.ZodType<JobPayloads[Q]> } = {
  // Cron-scheduled jobs carry no data (null).
  "maintenance.sweep": z.union([z.null(), z.undefined(), z.object({})]).transform(() => ({})),
  "conversation.turn": z.object({ conversationId: z.string().uuid() }),
  "outbox.send": z.object({ conversationId: z.string().uuid() }),
  "media.fetch": z.object({ mediaId: z.string().uuid() }),
  "webhook.ingest": z.union([z.null(), z.undefined(), z.object({})]).transform(() => ({})),
  "metrics.refresh": z.union([z.null(), z.undefined(), z.object({})]).transform(() => ({})),
};
