import { CronExpressionParser } from "cron-parser";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The latest send time at or before `at`, in the zone's wall-clock time. */
export function previousSlot(cron: string, timezone: string, at: Date): Date {
  // cron-parser's prev() is strictly before currentDate; one second later makes `at` itself count.
  const expr = CronExpressionParser.parse(cron, { currentDate: new Date(at.getTime() + 1000), tz: timezone });
  return expr.prev().toDate();
}

/** The first send time strictly after `at`. */
export function nextSlot(cron: string, timezone: string, at: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: at, tz: timezone }).next().toDate();
}

/** YYYY-MM-DD of an instant on the wall clock of `timezone`. */
export function localDate(at: Date, timezone: string): string {
  return format(new TZDate(at.getTime(), timezone), "yyyy-MM-dd");
}
