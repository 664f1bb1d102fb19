import { escapeRegExp } from "../briefs/normalise.ts";
import type { Brief, DigestDefinition, Subscriber } from "../domain/types.ts";

const HOUR = 3_600_000;

/** The briefs one subscriber gets in one issue of one digest, newest first, and how many did not fit. */
export function selectBriefs(
  briefs: readonly Brief[],
  digest: DigestDefinition,
  subscriber: Subscriber,
  windowEnd: Date,
): { briefs: Brief[]; moreCount: number } {
  const from = windowEnd.getTime() - digest.windowHours * HOUR;
  const to = windowEnd.getTime();
  const matching = briefs
    .filter((b) => b.duplicateOf === undefined)
    .filter((b) => b.publishedAt.getTime() > from && b.publishedAt.getTime() <= to)
    .filter((b) => b.regions.includes(digest.region))
    .filter((b) => overlaps(b.countries, digest.countries) && overlaps(b.countries, subscriber.countries))
    .filter((b) => matchesTopics(b, subscriber.topics))
    .sort(byNewest);
  const cap = subscriber.maxItems ?? digest.maxItems;
  return { briefs: matching.slice(0, cap), moreCount: Math.max(0, matching.length - cap) };
}

function overlaps(countries: readonly string[], wanted: readonly string[] | undefined): boolean {
  return wanted === undefined || wanted.length === 0 || countries.some((c) => wanted.includes(c));
}

/** A topic matches a tag, an agenda label or a word of the headline, ignoring case. */
function matchesTopics(brief: Brief, topics: readonly string[] | undefined): boolean {
  if (!topics || topics.length === 0) return true;
  const haystack = [brief.title, ...brief.tags, ...brief.agenda.map((a) => a.label)].join(" \n ").toLowerCase();
  return topics.some((t) => new RegExp(`\\b${escapeRegExp(t.toLowerCase())}`, "u").test(haystack));
}

function byNewest(a: Brief, b: Brief): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}
