// The emulator's notion of "now": a base clock (real time unless the caller injects one) plus an
// offset that tests and the simulator push forward to jump past the 24-hour window, the 5-minute
// media URL lifetime or the 7-day webhook retry limit without waiting.

export type VirtualClock = {
  now(): Date;
  // Moves virtual time forward; never backwards, so "later" stays later for every timer.
  advance(ms: number): Date;
  // Runs `task` with now() reading `at`: a timer that falls due during a jump sees its own due time,
  // so a status due 300 ms after a send is stamped then, not 25 hours later.
  runAt(at: Date, task: () => void): void;
  reset(): void;
};

export function createVirtualClock(base: () => Date = () => new Date()): VirtualClock {
  let offsetMs = 0;
  let pinnedAt: number | null = null;
  return {
    now: () => new Date(pinnedAt ?? base().getTime() + offsetMs),
    runAt(at, task) {
      const previous = pinnedAt;
      pinnedAt = at.getTime();
      try {
        task();
      } finally {
        pinnedAt = previous;
      }
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("The emulator clock only moves forward (ms must be ≥ 0).");
      offsetMs += ms;
      return new Date(base().getTime() + offsetMs);
    },
    reset() {
      offsetMs = 0;
    },
  };
}
