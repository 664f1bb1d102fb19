// .html briefs: one article page. Metadata from <head>, the body from <article> or <main>.
import { DomUtils, parseDocument } from "htmlparser2";
import type { BriefDraft } from "../domain/types.ts";
import { cleanText, escapeRegExp, htmlToParagraphs, isWebLink, parseDate, sanitiseHtml, stripBoilerplate, stripHtmlBoilerplate } from "../briefs/normalise.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;
type Root = Parameters<typeof DomUtils.findAll>[1];

// Page furniture by tag, and by the class/id words sites use for it.
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "script", "style", "noscript", "form", "button", "template", "iframe"]);
const FURNITURE_NAMES = /(^|[\s_-])(share|sharing|social|related|newsletter|subscribe|comments?|promo|advert|ads?|breadcrumbs?|tags|byline)([\s_-]|$)/i;

const byTag = (root: Root, tag: string): Element | null => DomUtils.findOne((e) => e.name === tag, root);

function meta(root: Root, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = DomUtils.findOne((e) => e.name === "meta" && (e.attribs["property"] === key || e.attribs["name"]?.toLowerCase() === key), root);
    const content = el?.attribs["content"];
    if (content && cleanText(content)) return cleanText(content);
  }
  return undefined;
}

// schema.org NewsArticle data many sites embed: a second place to find the date and author.
function jsonLd(root: Root): Record<string, unknown>[] {
  return DomUtils.findAll((e) => e.name === "script" && e.attribs["type"] === "application/ld+json", root).flatMap((el) => {
    try {
      const value: unknown = JSON.parse(DomUtils.textContent(el));
      const list = Array.isArray(value) ? value : [value];
      return list.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null && "datePublished" in v);
    } catch {
      return [];
    }
  });
}

// What a reader would see of an element: a script or style inside a headline is no part of it.
const HIDDEN = new Set(["script", "style", "noscript", "template"]);
type DomNode = Exclude<Parameters<typeof DomUtils.textContent>[0], unknown[]>;
const visibleText = (node: DomNode): string =>
  DomUtils.isText(node) ? node.data : DomUtils.isTag(node) && HIDDEN.has(node.name) ? " " : DomUtils.hasChildren(node) ? node.children.map((c) => visibleText(c as DomNode)).join("") : "";
const text = (el: Element | null): string | undefined => (el ? cleanText(visibleText(el)) || undefined : undefined);

/** Reads one article page; a page without a headline or publication date is a problem. */
export function parseHtmlBrief(html: string, origin: DocumentOrigin): SourceReadResult {
  const doc = parseDocument(html);
  const body = byTag(doc, "article") ?? byTag(doc, "main") ?? byTag(doc, "body") ?? doc;
  const ld = jsonLd(doc)[0];
  const siteName = meta(doc, "og:site_name");
  const h1 = byTag(body, "h1") ?? byTag(doc, "h1");
  const pageTitle = text(byTag(doc, "title"));
  // "<title>Headline | Site</title>": the site's name is not part of the headline.
  const title = text(h1) ?? meta(doc, "og:title") ?? (siteName && pageTitle ? pageTitle.replace(new RegExp(`\\s*[|–—-]\\s*${escapeRegExp(siteName)}$`), "") : pageTitle);
  if (!title) return { drafts: [], problems: [{ where: origin.where, field: "title", message: "expected a headline in <h1> or <title>, found none" }] };

  const time = DomUtils.findOne((e) => e.name === "time" && Boolean(e.attribs["datetime"]), body);
  const rawDate = meta(doc, "article:published_time", "date", "pubdate", "dc.date", "dcterms.created") ?? (typeof ld?.["datePublished"] === "string" ? ld["datePublished"] : undefined) ?? time?.attribs["datetime"];
  const published = rawDate === undefined ? undefined : parseDate(rawDate);
  if (!published) {
    const found = rawDate === undefined ? "none" : `"${rawDate}"`;
    return { drafts: [], problems: [{ where: origin.where, field: "date", message: `expected <meta property="article:published_time" content="ISO 8601">, found ${found}` }] };
  }

  const bylineEl = DomUtils.findOne((e) => /byline|author/i.test(`${e.attribs["class"] ?? ""} ${e.attribs["rel"] ?? ""}`), body);
  // The page's own byline line says more than the author's name ("By Teresa Villanueva in Manila"): it may carry the dateline.
  const line = text(bylineEl)?.trim();
  const named = meta(doc, "author", "article:author");
  const saysMore = line !== undefined && /^by\s/i.test(line) && /\p{L}/u.test(line.replace(/^by\s+/i, "").replace(named ?? "", ""));
  const author = (saysMore ? line : named) ?? line;
  for (const el of DomUtils.findAll((e) => FURNITURE_TAGS.has(e.name) || FURNITURE_NAMES.test(`${e.attribs["class"] ?? ""} ${e.attribs["id"] ?? ""}`) || e.name === "header" || e === h1, body)) {
    DomUtils.removeElement(el);
  }
  const safe = stripHtmlBoilerplate(sanitiseHtml(DomUtils.getInnerHTML(body)));
  const draft: BriefDraft = { source: origin.source, title, publishedAt: published.date, paragraphs: stripBoilerplate(htmlToParagraphs(safe)), html: safe };
  const canonical = DomUtils.findOne((e) => e.name === "link" && /\bcanonical\b/i.test(e.attribs["rel"] ?? ""), doc)?.attribs["href"] ?? meta(doc, "og:url");
  if (canonical && isWebLink(canonical)) draft.url = canonical.trim();
  if (published.localDay) draft.publishedDay = published.localDay;
  if (author) draft.byline = author;
  if (siteName) draft.publisher = siteName;
  return { drafts: [draft], problems: [] };
}

