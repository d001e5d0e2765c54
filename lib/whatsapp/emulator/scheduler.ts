import type { Logger } from "pino";
import type { VirtualClock } from "./virtual-clock";

// Timers that run on whichever comes first: the real delay passing, or the virtual clock being
// advanced past their due time. Status lifecycles and webhook retries use it, so "advance the clock
// by 25 h" also fires every status and retry that would have happened in those 25 hours, in order,
// each seeing its own due time as "now".

export type Scheduler = {
  // Returns a function that cancels the task.
  schedule(delayMs: number, task: () => void): () => void;
  // Runs every task that is due at the current virtual time, including tasks they schedule.
  runDue(): void;
  cancelAll(): void;
  pendingCount(): number;
};

type PendingTask = { dueAt: number; order: number; task: () => void; timer: NodeJS.Timeout };

// A task that keeps rescheduling itself with no delay would otherwise spin forever inside runDue.
const MAX_TASKS_PER_RUN = 100_000;

export function createScheduler(clock: VirtualClock, log: Logger): Scheduler {
  const pending = new Map<number, PendingTask>();
  let nextId = 0;

  function run(id: number, pinToDueTime: boolean): void {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.timer);
    try {
      if (pinToDueTime) clock.runAt(new Date(entry.dueAt), entry.task);
      else entry.task();
    } catch (error) {
      log.error({ err: error }, "emulator task failed");
    }
  }

  return {
    schedule(delayMs, task) {
      const id = nextId++;
      const delay = Math.max(0, delayMs);
      const timer = setTimeout(() => run(id, false), delay);
      // The emulator lives inside the app server; its timers must never keep the process alive.
      timer.unref();
      pending.set(id, { dueAt: clock.now().getTime() + delay, order: id, task, timer });
      return () => {
        const entry = pending.get(id);
        if (!entry) return;
        clearTimeout(entry.timer);
        pending.delete(id);
      };
    },
    runDue() {
      for (let ran = 0; ran < MAX_TASKS_PER_RUN; ran++) {
        const now = clock.now().getTime();
        let next: [number, PendingTask] | undefined;
        for (const candidate of pending) {
          if (candidate[1].dueAt > now) continue;
          if (!next || candidate[1].dueAt < next[1].dueAt || (candidate[1].dueAt === next[1].dueAt && candidate[1].order < next[1].order)) {
            next = candidate;
          }
        }
        if (!next) return;
        run(next[0], true);
      }
      log.warn("emulator scheduler stopped a run of more than 100000 due tasks");
    },
    cancelAll() {
      for (const entry of pending.values()) clearTimeout(entry.timer);
      pending.clear();
    },
    pendingCount: () => pending.size,
  };
}
