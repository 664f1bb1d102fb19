// Feeds (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed): one draft per item, one problem per broken item.
import { XMLValidator } from "fast-xml-parser";
import { parseFeed, type AnyFeed } from "feedsmith";
import type { BriefDraft, InputProblem } from "../domain/types.ts";
import { firstSentence, htmlToParagraphs, isWebLink, parseDate, sanitiseHtml, stripBoilerplate, stripHtmlBoilerplate } from "../briefs/normalise.ts";
import { decodeBytes } from "./decode.ts";
import { entriesOf, type FeedEntry } from "./feed-entries.ts";
import { jsonErrorLine, lineAt, yamlLocator } from "./positions.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

/** True when a text is a JSON Feed rather than JSON briefs. */
export function isJsonFeed(value: unknown): boolean {
  return typeof value === "object" && value !== null && /jsonfeed\.org\/version/i.test(String((value as { version?: unknown }).version ?? ""));
}

// Why a text is not a feed, with a line when the XML or JSON says where.
function unreadable(text: string, origin: DocumentOrigin, error: unknown): InputProblem {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      JSON.parse(trimmed);
    } catch (jsonError) {
      const line = jsonErrorLine(text, jsonError);
      return { where: origin.where, ...(line === undefined ? {} : { line }), message: `feed is not valid JSON: ${(jsonError as Error).message}` };
    }
    return { where: origin.where, message: 'expected a JSON Feed ("version": "https://jsonfeed.org/version/1.1" and "items"), found other JSON' };
  }
  const check = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (check !== true) {
    // The validator lists the elements still open at the end as "Invalid '[ "rss", "channel", … ]' found", at line 1.
    const open = /^Invalid '\[([\s\S]*)\]' found/.exec(check.err.msg)?.[1];
    const tags = open ? [...open.matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`) : [];
    return tags.length > 0
      ? { where: origin.where, line: lineAt(text, text.trimEnd().length), message: `feed is not well-formed XML: it ends before ${tags.join(", ")} ${tags.length === 1 ? "is" : "are"} closed (is the file cut short?)` }
      : { where: origin.where, line: check.err.line, message: `feed is not well-formed XML: ${check.err.msg}` };
  }
  const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ""))?.[1];
  const why = error instanceof Error ? error.message : String(error);
  return { where: origin.where, message: `expected an RSS, RDF, Atom or JSON feed, found ${root ? `<${root}>` : "no XML element"} (${why})` };
}

// An XML feed's element names: the feed itself and each of its items.
const FEED_TAG = { atom: "feed", rss: "channel", rdf: "channel" } as Record<string, string>;
const ITEM_TAG = { atom: "entry", rss: "item", rdf: "item" } as Record<string, string>;

/** Every start tag of element `name` (any namespace prefix), in document order. */
const startTags = (text: string, name: string): RegExpExecArray[] => [...text.matchAll(new RegExp(`<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?>`, "gi"))];

// The line where the n-th item starts, so a problem with one item points at it.
function itemLine(text: string, format: string, index: number): number | undefined {
  if (format === "json") return yamlLocator(text)(["items", index]);
  const match = startTags(text, ITEM_TAG[format] ?? "item")[index];
  return match ? lineAt(text, match.index) : undefined;
}

// "<feed xml:base="https://example.com/news/">", "<entry xml:base=…>": where an item's relative links
// are resolved from, outermost first (the document's own address, then the feed's, then the entry's).
function xmlBases(text: string, format: string): { feed?: string; items: (string | undefined)[] } {
  const baseOf = (tag: string | undefined): string | undefined => /\sxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag ?? "")?.slice(1).find((v) => v !== undefined);
  const feed = baseOf(startTags(text, FEED_TAG[format] ?? "channel")[0]?.[0]);
  return { ...(feed ? { feed } : {}), items: startTags(text, ITEM_TAG[format] ?? "item").map((m) => baseOf(m[0])) };
}

function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  if (isWebLink(link)) return link.trim();
  try {
    const resolved = base ? new URL(link.trim(), base).toString() : undefined;
    return resolved && isWebLink(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

function toDraft(entry: FeedEntry, index: number, feed: { publisher?: string; date?: Date }, base: string | undefined, origin: DocumentOrigin, line: () => number | undefined): { draft?: BriefDraft; problems: InputProblem[] } {
  const { publisher } = feed;
  const html = entry.html === undefined ? undefined : stripHtmlBoilerplate(sanitiseHtml(entry.html));
  const paragraphs = html === undefined ? [] : stripBoilerplate(htmlToParagraphs(html));
  const at = (field: string, message: string): InputProblem => {
    const l = line();
    return { where: origin.where, ...(l === undefined ? {} : { line: l }), field, message };
  };
  const title = entry.title ?? (paragraphs[0] === undefined ? undefined : firstSentence(paragraphs[0]));
  if (title === undefined) return { problems: [at("title", `item ${index + 1} has no title and no text`)] };
  const key = entry.guid ?? entry.link ?? String(index + 1);
  const draft: BriefDraft = { source: `feed:${origin.source}#${key}`, title, paragraphs };
  const problems: InputProblem[] = [];
  if (html) draft.html = html;
  if (entry.title === undefined) draft.titleFromText = true;
  if (entry.guid) draft.guid = entry.guid;
  const url = resolveLink(entry.link, base);
  if (url) draft.url = url;
  if (entry.author) draft.byline = entry.author;
  if (publisher) draft.publisher = publisher;
  if (entry.tags.length > 0) draft.tags = entry.tags;
  const published = entry.dates.map((d) => parseDate(d)).find((d) => d !== undefined);
  if (published?.localDay) draft.publishedDay = published.localDay;
  if (published) draft.publishedAt = published.date;
  else if (feed.date) draft.feedDate = feed.date;
  if (!published && entry.dates[0] !== undefined) problems.push(at("date", `item ${index + 1} ("${title.slice(0, 40)}"): expected a date, found "${entry.dates[0]}"; kept without one`));
  return { draft, problems };
}

/** Reads a feed document already decoded to text. */
export function parseFeedText(text: string, origin: DocumentOrigin): SourceReadResult {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed<string>(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { drafts: [], problems: [unreadable(text, origin, error)] };
  }
  const contents = entriesOf(parsed);
  const result: SourceReadResult = { drafts: [], problems: [] };
  // Relative links start from the feed's xml:base; else, in Atom, from the feed's own address (its site's
  // link for a file); in RSS, which has no base, from the channel's link to its site.
  const address = isWebLink(origin.where) ? origin.where : undefined;
  const bases = parsed.format === "json" ? { items: [] } : xmlBases(text, parsed.format);
  const feedBase = bases.feed ? (resolveLink(bases.feed, address) ?? address) : parsed.format === "atom" ? (address ?? contents.link) : (resolveLink(contents.link, address) ?? address);
  const built = contents.date === undefined ? undefined : parseDate(contents.date)?.date;
  const feed = { ...(contents.title ? { publisher: contents.title } : {}), ...(built ? { date: built } : {}) };
  // A guid that several items with different links share (a site's home page) identifies none of them.
  const links = new Map<string, Set<string>>();
  for (const e of contents.entries) if (e.guid) links.set(e.guid, (links.get(e.guid) ?? new Set()).add(e.link ?? ""));
  contents.entries.forEach((found, i) => {
    const entry = found.guid && (links.get(found.guid)?.size ?? 0) > 1 ? { ...found, guid: undefined } : found;
    const { draft, problems } = toDraft(entry, i, feed, resolveLink(bases.items[i], feedBase) ?? feedBase, origin, () => itemLine(text, parsed.format, i));
    if (draft) result.drafts.push(draft);
    result.problems.push(...problems);
  });
  return result;
}

/** Reads a feed from its bytes, decoding them first (BOM, charset, declaration, UTF-8 or windows-1252). */
export function parseFeedBytes(bytes: Buffer, origin: DocumentOrigin): SourceReadResult {
  return parseFeedText(decodeBytes(bytes, origin.contentType).text, origin);
}
