// The public face of analysis/: what a brief is about, where and when it was filed, what is on
// the table and what is coming up. Pure: no I/O, no clock; data packages are read once, lazily.
import type { AgendaItem, Dateline, UpcomingEvent } from "../domain/types.ts";
import { findAgenda } from "./agenda.ts";
import { rankCountries } from "./countries.ts";
import { findDateline, withoutDateline } from "./dateline.ts";
import { summarise } from "./summary.ts";
import { dayAt } from "./place-sources.ts";
import { withoutSpeakers } from "./transcript.ts";
import { firstSentence } from "../briefs/text.ts";
import { findUpcoming } from "./upcoming.ts";

export { builtinRegions, regionsOf } from "./regions.ts";
export { markDuplicates } from "./duplicates.ts";

export interface BriefText {
  id: string;
  title: string;
  /** The title is the text's first sentence: the source gave none. */
  titleFromText?: boolean;
  /** An undated feed item's feed date: only the year its dateline falls in. */
  feedDate?: Date;
  publishedAt?: Date;
  byline?: string;
  /** Explicit dateline from front matter or JSON. */
  dateline?: Partial<Dateline>;
  paragraphs: string[];
  html?: string;
  /** Countries the source declared, ISO alpha-2. */
  countries?: string[];
  /** The source's tags or categories. */
  tags?: string[];
  /** The day of publication where it was written, when the source said so. */
  publishedDay?: string;
}

export interface Understanding {
  /** The title as a reader should see it: without a wire's "UPDATE 2-", or its dateline when it is the text's first sentence. */
  headline: string;
  dateline?: Dateline;
  /** Prominent countries, most prominent first. */
  countries: string[];
  agenda: AgendaItem[];
  upcoming: UpcomingEvent[];
  summary: string;
}

// Analysis reads a brief's first 60,000 characters (some 10,000 words, far past any brief's
// agenda): a feed item or a file of megabytes is read in seconds, not minutes.
const MAX_READ_CHARS = 60_000;

/** Everything analysis reads from one brief. */
export function understandBrief(brief: BriefText): Understanding {
  const text = { ...brief, paragraphs: withoutSpeakers(firstChars(brief.paragraphs, MAX_READ_CHARS)), ...(brief.html ? { html: brief.html.slice(0, 4 * MAX_READ_CHARS) } : {}) };
  const found = findDateline({
    paragraphs: text.paragraphs,
    ...(text.byline ? { byline: text.byline } : {}),
    ...(text.dateline ? { explicit: text.dateline } : {}),
    ...(text.publishedAt ? { publishedAt: text.publishedAt } : {}),
    ...(text.publishedDay ? { publishedDay: text.publishedDay } : {}),
    ...(text.feedDate ? { yearFrom: text.feedDate } : {}),
  });
  const dateline: Dateline | undefined = found
    ? { ...(found.place ? { place: found.place } : {}), ...(found.date ? { date: found.date } : {}), raw: found.raw }
    : undefined;
  // "Tomorrow" and "on Friday" count from the day the piece was filed where it was filed: the
  // dateline's day (a Kuala Lumpur morning is the previous evening in UTC), when it is that close.
  const filed = dateline?.date ? new Date(`${dateline.date}T12:00:00Z`) : undefined;
  const close = filed && text.publishedAt && Math.abs(filed.getTime() - text.publishedAt.getTime()) <= 2 * 86_400_000;
  const countries = rankCountries({
    title: text.title,
    paragraphs: text.paragraphs,
    ...(found?.country ? { datelineCountry: found.country } : {}),
    ...(found?.place ? { datelinePlace: found.place } : {}),
    ...(text.tags ? { tags: text.tags } : {}),
    ...(text.countries ? { declared: text.countries } : {}),
  });
  // Without a dated dateline, the day it was published where it was written (a Singapore morning note
  // dated 07:45+08:00 is still the previous evening in UTC, and its "tomorrow" is local); else where
  // the brief is about.
  const local = filed ? undefined : (text.publishedDay ?? (text.publishedAt && countries[0] ? dayAt(text.publishedAt, "", countries[0]) : undefined));
  const reference = close ? filed : local ? new Date(`${local}T12:00:00Z`) : (text.publishedAt ?? filed);
  return {
    headline: headlineOf(text),
    ...(dateline ? { dateline } : {}),
    countries,
    agenda: findAgenda({ paragraphs: text.paragraphs, title: text.title, ...(text.html ? { html: text.html } : {}) }),
    // The dateline's own date ("CANTON, Oct 15 (SCTW) -") is when it was filed, not an event.
    upcoming: findUpcoming({ briefId: text.id, title: text.title, paragraphs: withoutDateline(text.paragraphs), ...(reference ? { reference } : {}) }),
    summary: summarise(text.title, text.paragraphs),
  };
}

// "UPDATE 2-Japan's Nikkei…", "REFILE-…", "EXCLUSIVE-…": a wire's slug before its headline says which version, not what.
const WIRE_SLUG = /^(?:UPDATE(?:\s+\d+)?|REFILE|CORRECTED|RPT|WRAPUP(?:\s+\d+)?|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS|BRIEF|WRAP)\s*[-–—:]\s*(?=\S)/;

function headlineOf(text: BriefText): string {
  const first = text.titleFromText ? withoutDateline(text.paragraphs)[0] : undefined;
  return (first ? firstSentence(first) : text.title).replace(WIRE_SLUG, "");
}

/** The paragraphs up to a total length, the last one cut at a word. */
function firstChars(paragraphs: string[], max: number): string[] {
  const kept: string[] = [];
  let left = max;
  for (const p of paragraphs) {
    if (left <= 0) break;
    kept.push(p.length <= left ? p : p.slice(0, p.lastIndexOf(" ", left) > 0 ? p.lastIndexOf(" ", left) : left));
    left -= p.length;
  }
  return kept;
}
