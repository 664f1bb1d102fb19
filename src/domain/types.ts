// The words of docs/GLOSSARY.md, as types. Nothing here does I/O.

/** Where and when a brief was filed, as the piece itself says it. */
export interface Dateline {
  place?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** The text the dateline was read from, as found. */
  raw: string;
}

/** One topic a brief says is on the table. */
export interface AgendaItem {
  /** 1–4 words: "Security", "Economic resilience". */
  label: string;
  /** One sentence, at most ~30 words. */
  summary: string;
  /** YYYY-MM-DD when the item is tied to a date. */
  date?: string;
}

/** A dated event a brief announces ("a visit to Japan from January 13"). */
export interface UpcomingEvent {
  /** YYYY-MM-DD */
  date: string;
  label: string;
  briefId: string;
  /** "month" when the brief names only the month ("the board vote in January"): date is then its first day. */
  precision?: "month";
}

/** What a source read from one file or feed item, before analysis. */
export interface BriefDraft {
  /** "file:examples/briefs/x.txt", "feed:https://…#guid", "feed:file:path#guid" */
  source: string;
  /** Feed guid or front-matter id, when the source has one. */
  guid?: string;
  title: string;
  /** The source gave no headline (a JSON Feed item may have none): the title is the text's first sentence. */
  titleFromText?: boolean;
  url?: string;
  /** Undefined when the source carries no date; normalisation then falls back to the dateline. */
  publishedAt?: Date;
  /** An undated feed item's feed date: the year its dateline ("DHAKA, Jan 12 (UNB) –") falls in, never the item's own date. */
  feedDate?: Date;
  /** "By bno - Tokyo Office January 9, 2026", a feed's author field. */
  byline?: string;
  /** "bne IntelliNews", a feed's title. */
  publisher?: string;
  /** Explicit dateline from front matter or JSON. */
  dateline?: Partial<Dateline>;
  /** Body as plain-text paragraphs, boilerplate removed. */
  paragraphs: string[];
  /** Body as the source gave it in HTML (feeds, .html); sanitised before anyone sees it. */
  html?: string;
  /** Countries the source declares (front matter), ISO 3166-1 alpha-2. */
  countries?: string[];
  tags?: string[];
  /** The day of publication where it was written, when the source's date carried its own zone ("…T07:45:00+08:00"). */
  publishedDay?: string;
}

/** A brief, read and understood. */
export interface Brief {
  /** Stable: hash(source + guid | canonical URL | title + date). */
  id: string;
  source: string;
  title: string;
  url?: string;
  publishedAt: Date;
  byline?: string;
  publisher?: string;
  dateline?: Dateline;
  paragraphs: string[];
  /** ISO 3166-1 alpha-2, most prominent first. */
  countries: string[];
  /** Region ids from config ("eastern-asia", "asia"), derived from countries. */
  regions: string[];
  agenda: AgendaItem[];
  upcoming: UpcomingEvent[];
  summary: string;
  tags: string[];
  /** Id of the brief this one repeats. */
  duplicateOf?: string;
  /** Publishers of the briefs that repeat this one ("also reported by"). */
  alsoReportedBy?: string[];
}

/** A problem with one input that was skipped, not fatal: reported and the run goes on. */
export interface InputProblem {
  /** File path or URL. */
  where: string;
  line?: number;
  field?: string;
  message: string;
}

/** One briefing a service publishes: "Asia Daily" at 7 am. */
export interface DigestDefinition {
  id: string;
  title: string;
  /** Region id from the region table; briefs must be in it. */
  region: string;
  /** Narrow further to these countries, when set. */
  countries?: string[];
  /** How far back a digest looks for briefs. */
  windowHours: number;
  /** Default 5-field cron, in each subscriber's own time zone. */
  schedule: string;
  maxItems: number;
}

/** A region: a named set of countries. Data, not code. */
export interface RegionDefinition {
  id: string;
  name: string;
  countries: string[];
}

export type SubscriberStatus = "active" | "paused" | "unsubscribed";

export interface Subscriber {
  email: string;
  name?: string;
  /** IANA zone. */
  timezone: string;
  /** BCP 47 tag for dates: "en-GB", "ko". */
  locale: string;
  /** Digest ids this reader receives. */
  digests: string[];
  /** Overrides the digest's schedule, in the subscriber's zone. */
  schedule?: string;
  countries?: string[];
  topics?: string[];
  maxItems?: number;
  format: "html" | "text";
  status: SubscriberStatus;
}

/** One digest's content for one issue: subscribers with identical content share it. */
export interface Edition {
  /** digestId + issue date + locale + hash of brief ids. */
  key: string;
  digestId: string;
  /** Local date the edition is issued for, YYYY-MM-DD. */
  issuedFor: string;
  locale: string;
  timezone: string;
  briefs: Brief[];
  /** How many more briefs matched than fit. */
  moreCount: number;
  upcoming: UpcomingEvent[];
}

export type DeliveryStatus = "pending" | "sending" | "sent" | "failed" | "suppressed";

/** One subscriber's copy of one issue of one digest. Keyed by (digest, issue, email). */
export interface Delivery {
  digestId: string;
  /** The issue date in the subscriber's zone, YYYY-MM-DD. */
  issue: string;
  email: string;
  editionKey: string;
  messageId: string;
  status: DeliveryStatus;
  attempts: number;
  error?: string;
  updatedAt: Date;
}

/** Time comes in as data. */
export interface Clock {
  now(): Date;
}
