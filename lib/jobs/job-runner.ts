import { fromPglite, PgBoss } from "pg-boss";
import type { DatabaseHandle } from "@/lib/db/client";
import { childLogger } from "@/lib/logger";
import { JOB_SCHEMAS, QUEUE_NAMES, QUEUES, SCHEDULES, type JobPayloads, type QueueName } from "./queues";

export type JobHandler<Q extends QueueName> = (data: JobPayloads[Q], meta: { id: string; queue: Q }) => Promise<void>;
export type JobHandlers = { [Q in QueueName]: JobHandler<Q> };

const log = childLogger("jobs");
const holder = globalThis as typeof globalThis & { __jobRunner?: PgBoss };

// pg-boss keeps its jobs in the `pgboss` schema of our database. On embedded PGlite it runs through
// pg-boss's PGlite adapter inside this process (PGlite accepts no other connection); on Postgres it
// uses its own small pool, so several app instances and `npm run worker` processes share the queues.
export function createJobRunner(handle: DatabaseHandle, options: { connectionString?: string } = {}): PgBoss {
  const boss =
    handle.kind === "pglite"
      ? new PgBoss({ db: fromPglite(handle.pglite), backend: "pglite", schema: "pgboss", useListenNotify: true })
      : new PgBoss({ connectionString: options.connectionString, schema: "pgboss", max: 4, useListenNotify: true });
  boss.on("error", (error) => log.error({ err: error }, "job runner error"));
  return boss;
}

export async function startJobRunner(boss: PgBoss, handlers: JobHandlers | null): Promise<void> {
  await boss.start();
  for (const queue of QUEUE_NAMES) {
    const { policy, retryLimit } = QUEUES[queue];
    // NOTIFY wakes a worker as soon as a job is queued: customer-facing work must not wait a poll.
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue, { policy, retryLimit, retryBackoff: true, notify: true });
  }
  if (handlers) {
    for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron);
    for (const queue of QUEUE_NAMES) await registerWorker(boss, queue, bindHandler(queue, handlers));
  }
  holder.__jobRunner = boss;
}

function bindHandler<Q extends QueueName>(queue: Q, handlers: JobHandlers): (data: unknown, jobId: string) => Promise<void> {
  const handler: JobHandler<Q> = handlers[queue];
  const schema = JOB_SCHEMAS[queue];
  return (data, jobId) => handler(schema.parse(data), { id: jobId, queue });
}

async function registerWorker(boss: PgBoss, queue: QueueName, handler: (data: unknown, jobId: string) => Promise<void>): Promise<void> {
  // NOTIFY wakes workers for jobs due now; turns are deferred by the burst window, and a NOTIFY at
  // insert time cannot wake anyone when they fall due, so the polling backstop stays fast.
  await boss.work<unknown>(queue, { pollingIntervalSeconds: 0.5, notifyPollingIntervalSeconds: 0.5, localConcurrency: QUEUES[queue].workers }, async (jobs) => {
    for (const job of jobs) {
      try {
        await handler(job.data, job.id);
      } catch (error) {
        log.error({ err: error, queue, jobId: job.id }, "job failed; pg-boss will retry it");
        throw error;
      }
    }
  });
}

export function jobRunner(): PgBoss {
  const boss = holder.__jobRunner;
  if (!boss) throw new Error("job runner not started");
  return boss;
}

export type EnqueueOptions = { singletonKey?: string; startAfter?: Date };

export async function enqueue<Q extends QueueName>(queue: Q, data: JobPayloads[Q], options?: EnqueueOptions): Promise<string | null> {
  return jobRunner().send(queue, data, options);
}


// Many jobs of one queue in one statement (conflicting singleton keys are skipped, as with send).
export async function enqueueMany<Q extends QueueName>(queue: Q, jobs: { data: JobPayloads[Q]; singletonKey?: string; startAfter?: Date }[]): Promise<void> {
  if (jobs.length === 0) return;
  await jobRunner().insert(queue, jobs.map((job) => ({ data: job.data, singletonKey: job.singletonKey, startAfter: job.startAfter })));
}

export async function stopJobRunner(): Promise<void> {
  const boss = holder.__jobRunner;
  holder.__jobRunner = undefined;
  if (boss) await boss.stop({ graceful: true, timeout: 10_000 });
}
