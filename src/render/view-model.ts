// Edition → the plain data the templates see. Pure: every string here is clean, every link http(s).
import type { Brief, DigestDefinition, Edition } from "../domain/types.ts";
import { clip, cleanLine, firstSentence, httpUrl } from "./clean.ts";
import { countryName, dateLocale, dayIn, formatDay, langTag, textDirection } from "./locale.ts";
import { personalTokens } from "./placeholders.ts";
import { composePreheader, composeSubject } from "./subject.ts";
import type { PersonalKey, Sender } from "./types.ts";

export interface BriefView {
  n: number;
  title: string;
  url: string | null;
  /** Footnote number of url in the text part. */
  ref: number | null;
  /** ["TOKYO", "9 Jan 2026", "bne IntelliNews"]: place, date, publisher, whichever are known. */
  dateline: string[];
  /** "bne IntelliNews", or "" when unknown: names the "Read more" link. */
  publisher: string;
  tags: string[];
  summary: string;
  agenda: { label: string; text: string }[];
  alsoReportedBy: string[];
}

export interface UpcomingView {
  /** YYYY-MM-DD, for the date helper. */
  date: string;
  label: string;
  /** Number of the brief it comes from, when that brief is in this copy. */
  n: number | null;
  /** The brief names only the month: show "January 2026", not a day it never said. */
  month: boolean;
}

export interface DigestView {
  lang: string;
  dir: "ltr" | "rtl";
  /** The language of the bundled template's own words (English), in the reader's variant where they read one ("en-US"). */
  uiLang: string;
  title: string;
  subject: string;
  preheader: string;
  issuedFor: string;
  briefs: BriefView[];
  /** An "In this edition" list only earns its space from three briefs up. */
  showContents: boolean;
  more: number;
  upcoming: UpcomingView[];
  sender: { name: string; postalAddress: string };
  /** Placeholders that survive compilation and are filled per subscriber. */
  personal: Record<PersonalKey, string>;
  /** Footnotes of the text part, in order of first mention. */
  links: { ref: number; url: string }[];
  preferencesRef: number;
  unsubscribeRef: number;
}

const MAX_AGENDA = 4;
const MAX_TAGS = 4;
const MAX_UPCOMING = 8;

/** Builds the view of the first `shown` briefs; the rest count as "more". */
export function buildView(edition: Edition, digest: DigestDefinition, sender: Sender, shown: number): DigestView {
  const lang = langTag(edition.locale);
  const briefs = edition.briefs.slice(0, shown);
  const title = cleanLine(digest.title) || "Digest";
  const links: { ref: number; url: string }[] = [];
  const views = briefs.map((brief, i) => briefView(brief, i + 1, edition, lang, links));
  const personal = personalTokens();
  links.push({ ref: links.length + 1, url: personal.preferencesUrl });
  links.push({ ref: links.length + 1, url: personal.unsubscribeUrl });
  const more = edition.moreCount + (edition.briefs.length - briefs.length);
  const headlines = views.map((b) => b.title);
  return {
    lang,
    dir: textDirection(lang),
    uiLang: /^en\b/i.test(lang) ? lang : "en",
    title,
    subject: composeSubject(title, edition.issuedFor, headlines[0], dateLocale(lang)),
    preheader: composePreheader(headlines, more),
    issuedFor: edition.issuedFor,
    briefs: views,
    showContents: views.length >= 3,
    more,
    upcoming: upcomingViews(edition, briefs),
    sender: { name: cleanLine(sender.name), postalAddress: cleanLine(sender.postalAddress.replace(/\s*\n\s*/g, ", ")) },
    personal,
    links,
    preferencesRef: links.length - 1,
    unsubscribeRef: links.length,
  };
}

function briefView(brief: Brief, n: number, edition: Edition, lang: string, links: { ref: number; url: string }[]): BriefView {
  const url = httpUrl(brief.url);
  const ref = url ? links.push({ ref: links.length + 1, url }) : null;
  return {
    n,
    title: clip(cleanLine(brief.title), 160) || "Untitled brief",
    url,
    ref,
    dateline: datelineParts(brief, edition, lang),
    publisher: clip(cleanLine(brief.publisher), 60),
    tags: unique(brief.countries.map((c) => countryName(c, lang))).slice(0, MAX_TAGS),
    summary: clip(cleanLine(brief.summary), 280),
    agenda: brief.agenda.slice(0, MAX_AGENDA)
      .map((item) => ({ label: clip(cleanLine(item.label), 40), text: firstSentence(item.summary, 220) }))
      .filter((item) => item.label && item.text),
    alsoReportedBy: unique((brief.alsoReportedBy ?? []).map((p) => clip(cleanLine(p), 60))),
  };
}

function datelineParts(brief: Brief, edition: Edition, lang: string): string[] {
  const place = cleanLine(brief.dateline?.place).toLocaleUpperCase(lang);
  const validDay = /^\d{4}-\d{2}-\d{2}$/;
  const published = Number.isNaN(brief.publishedAt.getTime()) ? "" : dayIn(brief.publishedAt, edition.timezone);
  const day = brief.dateline?.date && validDay.test(brief.dateline.date) ? brief.dateline.date : published;
  const date = day ? formatDay(day, "PP", dateLocale(lang)) : "";
  return [clip(place, 40), date, clip(cleanLine(brief.publisher), 60)].filter((part) => part !== "");
}

function upcomingViews(edition: Edition, shown: Brief[]): UpcomingView[] {
  const numberOf = new Map(shown.map((b, i) => [b.id, i + 1]));
  const seen = new Set<string>();
  return edition.upcoming
    // A month-only event stays while its month lasts.
    .filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && (e.precision === "month" ? e.date.slice(0, 7) >= edition.issuedFor.slice(0, 7) : e.date >= edition.issuedFor))
    .map((e) => ({ date: e.date, label: clip(cleanLine(e.label), 140), n: numberOf.get(e.briefId) ?? null, month: e.precision === "month" }))
    .filter((e) => e.label !== "" && !seen.has(e.date + e.label) && seen.add(e.date + e.label))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.n ?? 999) - (b.n ?? 999))
    .slice(0, MAX_UPCOMING);
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
