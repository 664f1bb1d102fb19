import { escapeRegExp } from "../briefs/normalise.ts";
import type { Brief, DigestDefinition, Subscriber } from "../domain/types.ts";

/** The briefs one subscriber gets in one issue of one digest, newest first, and how many did not fit. */
export function selectBriefs(
  briefs: readonly Brief[],
  digest: DigestDefinition,
  subscriber: Subscriber,
  window: { from: Date; to: Date },
): { briefs: Brief[]; moreCount: number } {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const passing = briefs
    .filter((b) => b.publishedAt.getTime() > from && b.publishedAt.getTime() <= to)
    .filter((b) => b.regions.includes(digest.region))
    .filter((b) => overlaps(b.countries, digest.countries) && overlaps(b.countries, subscriber.countries))
    .filter((b) => matchesTopics(b, subscriber.topics));
  // One story, one brief: its fullest report when that one is this reader's, else another report of it
  // that is (the fuller copy may fall outside the window, or not match the reader's topics).
  const byStory = new Map<string, Brief>();
  for (const b of passing) {
    const story = b.duplicateOf ?? b.id;
    const kept = byStory.get(story);
    if (!kept || (kept.duplicateOf !== undefined && b.duplicateOf === undefined)) byStory.set(story, b);
  }
  const matching = [...byStory.values()].sort(byNewest);
  const cap = subscriber.maxItems ?? digest.maxItems;
  return { briefs: matching.slice(0, cap), moreCount: Math.max(0, matching.length - cap) };
}

function overlaps(countries: readonly string[], wanted: readonly string[] | undefined): boolean {
  return wanted === undefined || wanted.length === 0 || countries.some((c) => wanted.includes(c));
}

/**
 * A topic matches a tag, an agenda label or the headline, as whole words in any script, ignoring case;
 * a plural counts ("tariff" finds "tariffs"), a longer word does not ("AI" is not "airline", "trade" not
 * "trademark").
 */
function matchesTopics(brief: Brief, topics: readonly string[] | undefined): boolean {
  if (!topics || topics.length === 0) return true;
  const haystack = [brief.title, ...brief.tags, ...brief.agenda.map((a) => a.label)].join(" \n ").normalize("NFC").toLowerCase();
  return topics.some((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.normalize("NFC").toLowerCase())}(?:s|es)?(?![\\p{L}\\p{N}])`, "u").test(haystack));
}

function byNewest(a: Brief, b: Brief): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}
