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
  /** Resolves once no tick is running (at once when none is): what a tick holds may then be let go. */
  idle(): Promise<void>;
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

// The timer fires a second after the send time, so that the time itself counts as due; setTimeout
// holds at most ~24.8 days, and an early wake-up only finds nothing due.
const TIMER_GRACE_MS = 1000;
const MAX_TIMER_MS = 2 ** 31 - 1;

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

  // node-cron may miss a tick, or stop firing, around a change of the clocks (node-cron#509, 2026): a
  // timer set to the earliest next send time, read on each reader's wall clock (slots.ts), ticks as
  // well. A second tick for one send time finds nothing left to send.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = () => {
    clearTimeout(timer);
    const next = stopped ? undefined : nextRun(current, new Date());
    if (!next) return;
    timer = setTimeout(() => void runNow().finally(arm), Math.min(Math.max(next.getTime() - Date.now(), 0) + TIMER_GRACE_MS, MAX_TIMER_MS));
    timer.unref?.();
  };

  const install = (list: readonly ScheduleSpec[]) => {
    for (const t of tasks) void t.destroy();
    tasks = list.map((s) => cron.schedule(s.cron, () => runNow(), { timezone: s.timezone, name: `${s.cron} ${s.timezone}` }));
    current = [...list];
    arm();
  };
  install(specs);

  return {
    runNow,
    reschedule: install,
    idle: async () => {
      await running;
    },
    specs: () => current,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.all(tasks.map((t) => t.destroy()));
      tasks = [];
      await running;
    },
  };
}
