import { fork, type ChildProcess } from "node:child_process";

/** The messages every eval worker sends: it is ready, it could not start, or it finished job `jobId`. */
export type WorkerPoolMessage = { type: "ready" } | { type: "fatal"; error: string } | { type: "result"; jobId: number };

// Runs jobs over a few worker processes (one job at a time each, the next one as soon as a result comes
// back); resolves when every job is done, rejects when a worker fails to start or exits mid-job.
export async function runWorkerPool<Job extends { scenario: unknown }, Message extends WorkerPoolMessage>(options: {
  workerFile: string;
  jobs: readonly Job[];
  workers: number;
  /** Names the pool in errors, e.g. "eval" or "eval:external". */
  label: string;
  /** Names a job in errors. */
  jobName: (job: Job) => string;
  parse: (raw: unknown) => Message;
  onResult: (message: Extract<Message, { type: "result" }>, job: Job) => void;
  /** Every message but "fatal", before it is handled. */
  onMessage?: (message: Message) => void;
  onSpawn?: (child: ChildProcess) => void;
}): Promise<void> {
  const { jobs } = options;
  let next = 0;
  const workerCount = Math.max(1, Math.min(options.workers, jobs.length));
  await Promise.all(
    Array.from(
      { length: workerCount },
      () =>
        new Promise<void>((resolve, reject) => {
          // The worker is TypeScript with path aliases: tsx loads it, whoever started this process.
          const child = fork(options.workerFile, [], {
            execArgv: ["--import", "tsx"],
            env: { ...process.env, LOG_LEVEL: process.env.EVAL_LOG_LEVEL ?? "silent" },
            stdio: ["ignore", "inherit", "inherit", "ipc"],
          });
          options.onSpawn?.(child);
          let current: { jobId: number; job: Job } | null = null;
          const dispatch = () => {
            if (next >= jobs.length) {
              current = null;
              child.send({ type: "stop" });
              resolve();
              return;
            }
            const jobId = next++;
            current = { jobId, job: jobs[jobId]! };
            child.send({ type: "run", jobId, scenario: current.job.scenario });
          };
          child.on("message", (raw: unknown) => {
            const message = options.parse(raw);
            const known: WorkerPoolMessage = message;
            if (known.type === "fatal") return reject(new Error(`${options.label} worker failed to start: ${known.error}`));
            options.onMessage?.(message);
            if (known.type === "result" && current && known.jobId === current.jobId) {
              options.onResult(message as Extract<Message, { type: "result" }>, current.job);
            }
            dispatch();
          });
          child.on("exit", (code) => {
            if (current) reject(new Error(`${options.label} worker exited (${code}) while running ${options.jobName(current.job)}`));
          });
        }),
    ),
  );
}
