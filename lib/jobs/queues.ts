// Every durable queue and the payload its jobs carry. Producers and workers both import from here.
export type JobPayloads = {
  "maintenance.sweep": Record<string, never>;
};

export type QueueName = keyof JobPayloads;

export const QUEUE_NAMES: readonly QueueName[] = ["maintenance.sweep"];

export const SCHEDULES: readonly { queue: QueueName; cron: string }[] = [{ queue: "maintenance.sweep", cron: "* * * * *" }];
