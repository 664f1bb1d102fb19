import { createHash } from "node:crypto";
import type { Brief, DigestDefinition, Edition, Subscriber, UpcomingEvent } from "../domain/types.ts";
import { localDate, nextSlot, previousSlot } from "../schedule/slots.ts";
import { selectBriefs } from "./select.ts";

const HOUR = 3_600_000;
/** How late a tick may fire and still send an issue on time, whatever the catch-up. */
const ON_TIME_MS = 15 * 60_000;

/** One reader's copy of one issue of one digest. The ledger's key. */
export interface IssueKey {
  digestId: string;
  /** The issue's date on the subscriber's wall clock, YYYY-MM-DD. */
  issue: string;
  email: string;
}

export interface PlannedDelivery {
  key: IssueKey;
  subscriber: Subscriber;
  digest: DigestDefinition;
  editionKey: string;
  slot: Date;
}

export interface Plan {
  /** Each distinct content once, however many readers share it. */
  editions: Map<string, Edition>;
  deliveries: PlannedDelivery[];
  /** Issues due but with nothing to read: no email is sent. */
  empty: { key: IssueKey; slot: Date }[];
  /** Readers with no issue due now (paused, or their last send time is older than the catch-up). */
  notDue: { email: string; digestId: string; reason: string; next?: Date }[];
}

export interface PlanInput {
  briefs: readonly Brief[];
  digests: readonly DigestDefinition[];
  subscribers: readonly Subscriber[];
  asOf: Date;
  catchUpHours: number;
}

/** Pure: what is due as of `asOf` — each reader's latest issue whose send time is within the catch-up. */
export function planDue(input: PlanInput): Plan {
  const plan: Plan = { editions: new Map(), deliveries: [], empty: [], notDue: [] };
  // Readers share send times and filters far more often than not: compute each distinct one once.
  const slots = new Map<string, Date>();
  const selections = new Map<string, Edition>();
  for (const subscriber of input.subscribers) {
    for (const digest of digestsOf(subscriber, input.digests)) {
      const schedule = subscriber.schedule ?? digest.schedule;
      if (subscriber.status !== "active") {
        plan.notDue.push({ email: subscriber.email, digestId: digest.id, reason: subscriber.status });
        continue;
      }
      const slot = getOrSet(slots, `${schedule}|${subscriber.timezone}`, () => previousSlot(schedule, subscriber.timezone, input.asOf));
      // A tick fires a moment after its send time: a catch-up of nothing still sends what is due on time.
      if (input.asOf.getTime() - slot.getTime() > Math.max(input.catchUpHours * HOUR, ON_TIME_MS)) {
        const next = nextSlot(schedule, subscriber.timezone, input.asOf);
        plan.notDue.push({ email: subscriber.email, digestId: digest.id, reason: "not yet due", next });
        continue;
      }
      const key: IssueKey = { digestId: digest.id, issue: localDate(slot, subscriber.timezone), email: subscriber.email };
      const edition = getOrSet(selections, selectionKey(digest, subscriber, slot), () => composeEdition(input.briefs, digest, subscriber, slot, slot));
      if (edition.briefs.length === 0) {
        plan.empty.push({ key, slot });
        continue;
      }
      plan.editions.set(edition.key, plan.editions.get(edition.key) ?? edition);
      plan.deliveries.push({ key, subscriber, digest, editionKey: edition.key, slot });
    }
  }
  return plan;
}

/**
 * Pure: a reader's next issue as it would look with what is known at `asOf` (the preview). With `overdue`,
 * an issue whose send time has passed within the catch-up and which has not gone out is the next one,
 * exactly as a send now would compose it.
 */
export function planNext(
  briefs: readonly Brief[],
  digest: DigestDefinition,
  subscriber: Subscriber,
  asOf: Date,
  overdue?: { catchUpHours: number; sent: (issue: string) => boolean },
): { edition: Edition; slot: Date } {
  const schedule = subscriber.schedule ?? digest.schedule;
  if (overdue) {
    const due = previousSlot(schedule, subscriber.timezone, asOf);
    if (asOf.getTime() - due.getTime() <= Math.max(overdue.catchUpHours * HOUR, ON_TIME_MS) && !overdue.sent(localDate(due, subscriber.timezone))) {
      return { edition: composeEdition(briefs, digest, subscriber, due, due), slot: due };
    }
  }
  const slot = nextSlot(schedule, subscriber.timezone, asOf);
  return { edition: composeEdition(briefs, digest, subscriber, slot, asOf), slot };
}

export function digestsOf(subscriber: Subscriber, digests: readonly DigestDefinition[]): DigestDefinition[] {
  return digests.filter((d) => subscriber.digests.includes(d.id));
}

/** Everything about a reader that decides their edition's content; readers with equal keys get equal editions. */
function selectionKey(digest: DigestDefinition, s: Subscriber, slot: Date): string {
  return JSON.stringify([digest.id, slot.getTime(), s.timezone, s.locale, s.countries ?? null, s.topics ?? null, s.maxItems ?? null]);
}

function getOrSet<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The issue is dated by `slot`; its window closes at `windowEnd` (the send time, or now for a preview) and
 * opens the digest's window before the send time, or at the reader's previous send time when that is
 * further back: a weekday reader's Monday issue covers the weekend, a weekly one the week.
 */
function composeEdition(briefs: readonly Brief[], digest: DigestDefinition, subscriber: Subscriber, slot: Date, windowEnd: Date): Edition {
  const issuedFor = localDate(slot, subscriber.timezone);
  const since = previousSlot(subscriber.schedule ?? digest.schedule, subscriber.timezone, new Date(slot.getTime() - 1));
  const from = new Date(Math.min(slot.getTime() - digest.windowHours * HOUR, since.getTime()));
  const selected = selectBriefs(briefs, digest, subscriber, { from, to: windowEnd });
  const hash = createHash("sha256")
    .update([digest.id, issuedFor, subscriber.locale, subscriber.timezone, selected.moreCount, ...selected.briefs.map((b) => b.id)].join("\n"))
    .digest("hex")
    .slice(0, 16);
  return {
    key: `${digest.id}/${issuedFor}/${hash}`,
    digestId: digest.id,
    issuedFor,
    locale: subscriber.locale,
    timezone: subscriber.timezone,
    briefs: selected.briefs,
    moreCount: selected.moreCount,
    upcoming: comingUp(selected.briefs, issuedFor),
  };
}

/** Dated events across an edition's briefs, from its date on, soonest first, each once. */
function comingUp(briefs: readonly Brief[], from: string): UpcomingEvent[] {
  const seen = new Set<string>();
  return briefs
    .flatMap((b) => b.upcoming)
    // "The vote in March" (a month alone) stays while its month lasts.
    .filter((e) => (e.precision === "month" ? e.date.slice(0, 7) >= from.slice(0, 7) : e.date >= from))
    .filter((e) => {
      const k = `${e.date}|${e.label.toLowerCase()}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
