// .json briefs: one brief object or an array of them; the body as paragraphs, body text or html.
import type { InputProblem } from "../domain/types.ts";
import { cleanText, decodeEntities, htmlToParagraphs, paragraphsToHtml, sanitiseHtml, splitLines, stripBoilerplate, stripHtmlBoilerplate } from "../briefs/normalise.ts";
import { draftFromFields, type Body } from "./brief-fields.ts";
import { isJsonFeed, parseFeedText } from "./feed.ts";
import { jsonErrorLine, yamlLocator, type Locate } from "./positions.ts";
import { textParagraphs } from "./text-brief.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

// APIs often put HTML in "body" or "content": markup there is read as HTML, never shown as tags.
const LOOKS_LIKE_HTML = /<(?:p|div|br|strong|em|b|i|a|ul|ol|li|h[1-6]|blockquote)\b[^>]*>/i;

function readBody(item: Record<string, unknown>): Body {
  const markup = [item["html"], item["body"], item["content"]].find((v): v is string => typeof v === "string" && (v === item["html"] || LOOKS_LIKE_HTML.test(v)));
  if (markup !== undefined) {
    const html = stripHtmlBoilerplate(sanitiseHtml(markup));
    return { paragraphs: stripBoilerplate(htmlToParagraphs(html)), html };
  }
  const paragraphs = Array.isArray(item["paragraphs"])
    ? item["paragraphs"].filter((p): p is string => typeof p === "string").map(cleanText).filter(Boolean)
    : textParagraphs(splitLines([item["body"], item["content"]].find((v): v is string => typeof v === "string") ?? ""));
  // Text an API escaped for HTML without sending markup ("NTT &amp; KDDI"): the reader sees the characters.
  const kept = stripBoilerplate(paragraphs.map(decodeEntities));
  return { paragraphs: kept, html: paragraphsToHtml(kept) };
}

/** Reads an already-parsed JSON value of briefs; `locate` gives lines for problems. */
export function briefsFromJson(value: unknown, origin: DocumentOrigin, locate: Locate): SourceReadResult {
  const many = Array.isArray(value);
  const items: unknown[] = many ? value : [value];
  const result: SourceReadResult = { drafts: [], problems: [] };
  items.forEach((item, i) => {
    const body = typeof item === "object" && item !== null && !Array.isArray(item) ? readBody(item as Record<string, unknown>) : { paragraphs: [] };
    // Briefs of one file share the file: each gets its own source so their ids differ.
    const itemOrigin = many ? { ...origin, source: `${origin.source}#${i + 1}` } : origin;
    const { draft, problems } = draftFromFields(item, body, itemOrigin, locate, many ? [i] : []);
    if (draft) result.drafts.push(draft);
    result.problems.push(...problems);
  });
  return result;
}

/** Reads a .json file: a JSON Feed, one brief object or an array of them. */
export function parseJsonBrief(text: string, origin: DocumentOrigin): SourceReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const line = jsonErrorLine(text, error);
    const problem: InputProblem = { where: origin.where, ...(line === undefined ? {} : { line }), message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    return { drafts: [], problems: [problem] };
  }
  return isJsonFeed(value) ? parseFeedText(text, origin) : briefsFromJson(value, origin, yamlLocator(text));
}
