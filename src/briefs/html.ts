// The one HTML allowlist of the project, and HTML → plain paragraphs. Pure.
import { convert } from "html-to-text";
import sanitize from "sanitize-html";
import { tidyHtml } from "./html-tidy.ts";
import { cleanText } from "./text.ts";

// Elements whose text is never article text: dropped with their content.
const DROP_WITH_CONTENT = ["script", "style", "noscript", "template", "textarea", "option", "select", "iframe", "object", "embed", "svg", "math", "head", "title", "button", "form", "nav", "aside", "footer", "figure"];

// Block elements outside the allowlist become paragraphs so their text does not run together.
const TO_PARAGRAPH = ["div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "dd", "dt", "figcaption", "center", "address", "details", "summary"];

const ALLOWED: sanitize.IOptions = {
  allowedTags: ["p", "a", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "br"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: DROP_WITH_CONTENT,
  transformTags: Object.fromEntries(TO_PARAGRAPH.map((tag) => [tag, "p"])),
  // Empty paragraphs and links are left behind by dropped images and converted wrappers.
  exclusiveFilter: (frame) => (frame.tag === "p" || frame.tag === "a") && frame.text.trim() === "",
};

/** Sanitised HTML: p, a[href http(s)], strong, em, b, i, ul, ol, li, blockquote, br — nothing else survives. */
export function sanitiseHtml(html: string): string {
  // An <a> whose href was refused (javascript:, data:, relative) comes out bare: keep its text only.
  return tidyHtml(sanitize(withCellBreaks(html), ALLOWED).replace(/<a>([\s\S]*?)<\/a>/g, "$1"));
}

// For text, list items and quotes are paragraphs of their own.
const AS_PARAGRAPHS: sanitize.IOptions = {
  ...ALLOWED,
  allowedTags: ["p", "br", "a"],
  transformTags: { ...ALLOWED.transformTags, li: "p", blockquote: "p" },
};

/** Plain-text paragraphs of an HTML fragment (sanitised first), links reduced to their text. */
export function htmlToParagraphs(html: string): string[] {
  const safe = sanitize(withListMarks(withCellBreaks(html)), AS_PARAGRAPHS);
  const text = convert(safe, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "p", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    ],
  });
  return text
    .split(/\n\s*\n/)
    .map((p) => cleanText(p).replace(LEFT_GAP, "$1$2"))
    .filter((p) => p !== "");
}

// "…of Subic Bay <img src=x>." loses its image and keeps the space it stood in: a full stop or comma
// closes up to the word before it.
const LEFT_GAP = /([\p{L}\p{N}”’")\]])\s+([.,])(?=\s|$)/gu;

// A table's cells lose their tags: a row "<td>09:45</td><td>Session 1</td>" reads "09:45 — Session 1",
// not "09:45Session 1".
const withCellBreaks = (html: string): string => html.replace(/<\/(td|th)>(\s*)(?=<t[dh]\b)/gi, "</$1> — $2");

// A list item keeps its mark as text ("• maritime security;", "2. Financing"): a list is part of what
// the piece says, and its entries are read as items.
function withListMarks(html: string): string {
  const lists: { ordered: boolean; n: number }[] = [];
  return html.replace(/<(\/?)(ol|ul|li)\b[^>]*>/gi, (tag, close: string, name: string) => {
    const kind = name.toLowerCase();
    if (kind !== "li") {
      if (close) lists.pop();
      else lists.push({ ordered: kind === "ol", n: 0 });
      return tag;
    }
    const list = lists.at(-1);
    if (close || !list) return tag;
    list.n++;
    return `${tag}${list.ordered ? `${list.n}.` : "•"} `;
  }).replace(/((?:\d+\.|•) )(\s*<p\b[^>]*>)/gi, "$2$1"); // a loose list's item opens on a paragraph: the mark goes inside it
}

/** Plain text of a short HTML snippet such as a feed title ("Trump &amp; Xi" → "Trump & Xi"). */
export function htmlToPlain(html: string): string {
  return htmlToParagraphs(html).join(" ");
}

// Titles are plain text by the specs but often arrive with tags or escaped entities (a CMS's
// "title.rendered" in JSON, a feed's double-escaped title).
const LOOKS_HTML = /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Plain text that carries HTML entities ("NTT &amp; KDDI", "&#8217;"), decoded; "<" and a bare "&" stay as written. */
export function decodeEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  return htmlToPlain(text.replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/**
 * A one-line field (a title, a publisher) as plain text, whether it came as text or as HTML. A field holds
 * no markup worth parsing as a document: a script's or style's text goes, every other tag is dropped where
 * it stands (an unclosed "<iframe>" would otherwise swallow the rest of the title), and entities decode.
 */
export function plainField(s: string): string {
  if (!LOOKS_HTML.test(s)) return cleanText(s);
  const tagless = s.replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, " ").replace(/<\/?[a-z!][^>]*>?/gi, " ");
  return cleanText(decodeEntities(tagless));
}

/** An HTML paragraph for each plain-text paragraph, escaped. */
export function paragraphsToHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
