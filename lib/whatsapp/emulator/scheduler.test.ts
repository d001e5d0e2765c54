import { describe, expect, test } from "vitest";
import { logger } from "@/lib/logger";
import { createScheduler } from "./scheduler";
import { createVirtualClock } from "./virtual-clock";

const start = () => new Date("2026-11-22T10:00:00Z");

describe("createScheduler", () => {
  test("advancing the clock runs due tasks in due order, including tasks they schedule", () => {
    const clock = createVirtualClock(start);
    const scheduler = createScheduler(clock, logger());
    const ran: string[] = [];
    scheduler.schedule(60_000, () => ran.push("b"));
    scheduler.schedule(30_000, () => {
      ran.push("a");
      scheduler.schedule(0, () => ran.push("a2"));
    });
    scheduler.schedule(3_600_000, () => ran.push("later"));
    clock.advance(60_000);
    scheduler.runDue();
    expect(ran).toStrictEqual(["a", "a2", "b"]);
    expect(scheduler.pendingCount()).toBe(1);
    scheduler.cancelAll();
    expect(scheduler.pendingCount()).toBe(0);
  });

  test("real time fires tasks too, and cancelled tasks never run", async () => {
    const scheduler = createScheduler(createVirtualClock(), logger());
    const ran: string[] = [];
    scheduler.schedule(5, () => ran.push("real"));
    const cancel = scheduler.schedule(5, () => ran.push("cancelled"));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ran).toStrictEqual(["real"]);
  });
});

describe("createVirtualClock", () => {
  test("moves only forward and resets to the base clock", () => {
    const clock = createVirtualClock(start);
    expect(clock.advance(1000).toISOString()).toBe("2026-11-22T10:00:01.000Z");
    expect(() => clock.advance(-1)).toThrow(RangeError);
    clock.reset();
    expect(clock.now().toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });
});
