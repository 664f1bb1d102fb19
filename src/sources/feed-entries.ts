// feedsmith's four shapes (RSS 2.0, RDF, Atom, JSON Feed) → one entry shape.
import type { AnyFeed } from "feedsmith";
import { cleanText, paragraphsToHtml, plainField } from "../briefs/normalise.ts";

export interface FeedEntry {
  title?: string;
  link?: string;
  guid?: string;
  /** Raw date strings, best first. */
  dates: string[];
  author?: string;
  /** Body as HTML, not yet sanitised. */
  html?: string;
  tags: string[];
}

export interface FeedContents {
  title?: string;
  /** The site's own link, to resolve relative item links against. */
  link?: string;
  /** When the feed itself was built or published (raw), if it says. */
  date?: string;
  entries: FeedEntry[];
}

const plain = (s: string | undefined): string | undefined => (s === undefined ? undefined : plainField(s) || undefined);
const textToHtml = (s: string): string => paragraphsToHtml(s.split(/\n\s*\n/).map(cleanText).filter(Boolean));
const present = (...values: (string | undefined)[]): string[] => values.filter((v): v is string => v !== undefined && v.trim() !== "");
const first = (...values: (string | undefined)[]): string | undefined => present(...values)[0];

type Atom = Extract<AnyFeed, { format: "atom" }>["feed"];
type AtomText = { value?: string; type?: string } | undefined;
const atomHtml = (t: AtomText): string | undefined => (t?.value === undefined ? undefined : t.type === "html" || t.type === "xhtml" ? t.value : textToHtml(t.value));
const atomLink = (links: { href?: string; rel?: string }[] | undefined): string | undefined => (links?.find((l) => !l.rel || l.rel === "alternate") ?? links?.[0])?.href;

function atom(feed: Atom): FeedContents {
  return {
    title: plain(feed.title?.value),
    link: atomLink(feed.links),
    ...optional("date", feed.updated),
    entries: (feed.entries ?? []).map((e) => ({
      title: plain(e.title?.value),
      link: atomLink(e.links),
      guid: e.id,
      dates: present(e.published, e.updated, ...(e.dc?.dates ?? [])),
      author: first(e.authors?.map((a) => a.name ?? "").filter(Boolean).join(", "), ...(e.dc?.creators ?? [])),
      html: atomHtml(e.content) ?? atomHtml(e.summary),
      tags: present(...(e.categories ?? []).map((c) => c.label ?? c.term)),
    })),
  };
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

/** Every entry of a parsed feed, in one shape. */
export function entriesOf(parsed: AnyFeed): FeedContents {
  switch (parsed.format) {
    case "atom":
      return atom(parsed.feed);
    case "rss": {
      const feed = parsed.feed;
      return {
        title: plain(feed.title),
        link: feed.link,
        ...optional("date", first(feed.lastBuildDate, feed.pubDate, ...(feed.dc?.dates ?? []))),
        entries: (feed.items ?? []).map((i) => ({
          title: plain(i.title),
          link: i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined),
          guid: i.guid?.value,
          dates: present(i.pubDate, ...(i.dc?.dates ?? []), ...(i.dcterms?.modified ?? [])),
          author: first(...(i.dc?.creators ?? []), ...(i.authors ?? []).map((a) => a.name ?? a.email)),
          html: first(i.content?.encoded, i.description),
          tags: present(...(i.categories ?? []).map((c) => c.name)),
        })),
      };
    }
    case "rdf": {
      const feed = parsed.feed;
      return {
        title: plain(feed.title),
        link: feed.link,
        ...optional("date", first(...(feed.dc?.dates ?? []))),
        entries: (feed.items ?? []).map((i) => ({
          title: plain(first(i.title, ...(i.dc?.titles ?? []))),
          link: first(i.link, i.rdf?.about),
          guid: first(i.rdf?.about, i.link),
          dates: present(...(i.dc?.dates ?? [])),
          author: first(...(i.dc?.creators ?? [])),
          html: first(i.content?.encoded, i.description, ...(i.dc?.descriptions ?? [])),
          tags: present(...(i.dc?.subjects ?? [])),
        })),
      };
    }
    case "json": {
      const feed = parsed.feed;
      return {
        title: plain(feed.title),
        link: feed.home_page_url,
        entries: (feed.items ?? []).map((i) => ({
          title: plain(i.title),
          link: first(i.url, i.external_url),
          guid: i.id,
          dates: present(i.date_published, i.date_modified),
          author: first(...(i.authors ?? []).map((a) => a.name)),
          html: first(i.content_html, i.content_text === undefined ? undefined : textToHtml(i.content_text), i.summary === undefined ? undefined : textToHtml(i.summary)),
          tags: present(...(i.tags ?? [])),
        })),
      };
    }
  }
}
