import cron from "node-cron";
import { describe, expect, it, vi } from "vitest";
import { nextRun, scheduleSpecs, startScheduler } from "../../src/schedule/service.ts";
import { aDigest, aSubscriber } from "../support/builders.ts";

describe("scheduleSpecs", () => {
  it("gives one task per distinct send time and zone among active readers", () => {
    const specs = scheduleSpecs({
      digests: [aDigest({ schedule: "0 7 * * *" })],
      subscribers: [
        aSubscriber({ email: "a@example.com", timezone: "Asia/Seoul" }),
        aSubscriber({ email: "b@example.com", timezone: "Asia/Seoul" }),
        aSubscriber({ email: "c@example.com", timezone: "Europe/London", schedule: "30 6 * * 1-5" }),
        aSubscriber({ email: "d@example.com", timezone: "America/New_York", status: "paused" }),
      ],
    });
    expect(specs).toEqual([
      { cron: "0 7 * * *", timezone: "Asia/Seoul" },
      { cron: "30 6 * * 1-5", timezone: "Europe/London" },
    ]);
    expect(nextRun(specs, new Date("2026-01-13T12:00:00Z"))?.toISOString()).toBe("2026-01-13T22:00:00.000Z");
  });
});

describe("startScheduler", () => {
  it("never overlaps ticks: calls during a tick fold into one follow-up", async () => {
    let running = 0;
    let maxRunning = 0;
    let ticks = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const scheduler = startScheduler([], async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      ticks++;
      if (ticks === 1) await gate;
      running--;
    }, () => {});
    const first = scheduler.runNow();
    const more = [scheduler.runNow(), scheduler.runNow(), scheduler.runNow()];
    release();
    await Promise.all([first, ...more]);
    expect(ticks).toBe(2);
    expect(maxRunning).toBe(1);
    await scheduler.stop();
  });

  it("reports a failing tick and keeps going", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = startScheduler([], async () => {
      calls++;
      if (calls === 1) throw new Error("smtp down");
    }, (e) => errors.push(e));
    await scheduler.runNow();
    await scheduler.runNow();
    expect(calls).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["smtp down"]);
    await scheduler.stop();
  });

  it("ticks at the next send time from its own timer when node-cron stays silent, and not after stop", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-13T21:59:58Z"), toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    try {
      let ticks = 0;
      const scheduler = startScheduler([{ cron: "0 7 * * *", timezone: "Asia/Seoul" }], async () => void ticks++, () => {});
      // node-cron may miss a tick around a change of the clocks: here it never fires at all.
      for (const task of cron.getTasks().values()) await task.destroy();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(ticks).toBe(1);
      await scheduler.stop();
      await vi.advanceTimersByTimeAsync(2 * 86_400_000);
      expect(ticks).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("installs a node-cron task per spec and replaces them on reschedule", async () => {
    const live = () => [...cron.getTasks().values()].filter((t) => t.getStatus() !== "destroyed").map((t) => t.name).sort();
    const scheduler = startScheduler([{ cron: "0 7 * * *", timezone: "Asia/Seoul" }], async () => {}, () => {});
    expect(live()).toEqual(["0 7 * * * Asia/Seoul"]);
    scheduler.reschedule([{ cron: "0 7 * * *", timezone: "Asia/Seoul" }, { cron: "0 8 * * *", timezone: "UTC" }]);
    await new Promise((r) => setTimeout(r, 10));
    expect(live()).toEqual(["0 7 * * * Asia/Seoul", "0 8 * * * UTC"]);
    await scheduler.stop();
    expect(live()).toEqual([]);
  });
});
