import cron, { type ScheduledTask } from "node-cron";
import type { Config } from "../config/types.ts";
import { nextSlot } from "./slots.ts";

/** A send time: a cron expression on one zone's wall clock. */
export interface ScheduleSpec {
  cron: string;
  timezone: string;
}

export interface Scheduler {
  /** Replaces the tasks when readers or digests changed. */
  reschedule(specs: readonly ScheduleSpec[]): void;
  stop(): Promise<void>;
  specs(): readonly ScheduleSpec[];
}

/** Every distinct (send time, zone) among active readers: one cron task each, however many readers share it. */
export function scheduleSpecs(config: Pick<Config, "subscribers" | "digests">): ScheduleSpec[] {
  const seen = new Map<string, ScheduleSpec>();
  for (const s of config.subscribers) {
    if (s.status !== "active") continue;
    for (const d of config.digests) {
      if (!s.digests.includes(d.id)) continue;
      const spec = { cron: s.schedule ?? d.schedule, timezone: s.timezone };
      seen.set(`${spec.cron}|${spec.timezone}`, spec);
    }
  }
  return [...seen.values()];
}

/** The soonest send time after `at` across specs. */
export function nextRun(specs: readonly ScheduleSpec[], at: Date): Date | undefined {
  return specs.map((s) => nextSlot(s.cron, s.timezone, at)).sort((a, b) => a.getTime() - b.getTime())[0];
}

/**
 * Runs `tick` on each send time. Ticks never overlap: one that fires while another runs is folded into a
 * single follow-up run, because a tick sends everything due, whichever task fired it.
 */
export function startScheduler(specs: readonly ScheduleSpec[], tick: () => Promise<void>, onError: (e: unknown) => void): Scheduler & { runNow(): Promise<void> } {
  let tasks: ScheduledTask[] = [];
  let current = [...specs];
  let running: Promise<void> | undefined;
  let again = false;

  const runNow = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await tick();
        } catch (e) {
          onError(e);
        }
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const install = (list: readonly ScheduleSpec[]) => {
    for (const t of tasks) void t.destroy();
    tasks = list.map((s) => cron.schedule(s.cron, () => runNow(), { timezone: s.timezone, name: `${s.cron} ${s.timezone}` }));
    current = [...list];
  };
  install(specs);

  return {
    runNow,
    reschedule: install,
    specs: () => current,
    async stop() {
      await Promise.all(tasks.map((t) => t.destroy()));
      tasks = [];
      await running;
    },
  };
}
