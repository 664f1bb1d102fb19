import { CronExpressionParser } from "cron-parser";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// The schedule is read on the reader's wall clock, written as if it were UTC, and each wall time is then
// placed in the zone: a time the clocks skip ("30 2 * * *" the night they go forward) still fires, at
// the same minute on the new side of the gap (03:30), where cron-parser alone skipped the day; a time
// the clocks repeat fires once, at its first occurrence.
const wallOf = (at: Date, timezone: string): Date => {
  const t = new TZDate(at.getTime(), timezone);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()));
};
const instantOf = (wall: Date, timezone: string): Date => {
  const at = new TZDate(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), timezone).getTime();
  // A wall time the clocks repeat has two instants, and the zone data may give either: the earlier one
  // is the send time (an hour, or Lord Howe's half hour, before the later).
  for (const back of [3_600_000, 1_800_000]) {
    if (wallOf(new Date(at - back), timezone).getTime() === wall.getTime()) return new Date(at - back);
  }
  return new Date(at);
};

// No zone moves its clocks by more than two hours at once.
const MAX_SHIFT_MS = 3 * 3_600_000;

/** The latest send time at or before `at`, in the zone's wall-clock time. */
export function previousSlot(cron: string, timezone: string, at: Date): Date {
  // cron-parser's prev() is strictly before currentDate; one second later makes `at` itself count.
  // The search starts past any shift of the clocks and walks back to the first slot not after `at`.
  const expr = CronExpressionParser.parse(cron, { currentDate: new Date(wallOf(at, timezone).getTime() + MAX_SHIFT_MS + 1000), tz: "UTC" });
  for (;;) {
    const slot = instantOf(expr.prev().toDate(), timezone);
    if (slot.getTime() <= at.getTime()) return slot;
  }
}

/** The first send time strictly after `at`. */
export function nextSlot(cron: string, timezone: string, at: Date): Date {
  const expr = CronExpressionParser.parse(cron, { currentDate: new Date(wallOf(at, timezone).getTime() - MAX_SHIFT_MS), tz: "UTC" });
  for (;;) {
    const slot = instantOf(expr.next().toDate(), timezone);
    if (slot.getTime() > at.getTime()) return slot;
  }
}

/** YYYY-MM-DD of an instant on the wall clock of `timezone`. */
export function localDate(at: Date, timezone: string): string {
  return format(new TZDate(at.getTime(), timezone), "yyyy-MM-dd");
}
