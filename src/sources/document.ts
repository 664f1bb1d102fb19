// Picks the reader for one document by its extension, its Content-Type, or a look at its text.
import { decodeBytes } from "./decode.ts";
import { parseFeedText } from "./feed.ts";
import { parseHtmlBrief } from "./html-brief.ts";
import { parseJsonBrief } from "./json-brief.ts";
import { parseMarkdownBrief } from "./markdown-brief.ts";
import { parseTextBrief } from "./text-brief.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

export type DocumentKind = "text" | "markdown" | "json" | "html" | "feed";

const BY_EXTENSION: Record<string, DocumentKind> = { txt: "text", text: "text", md: "markdown", markdown: "markdown", json: "json", html: "html", htm: "html", xml: "feed", rss: "feed", atom: "feed", rdf: "feed" };

/** The reader for a file name's extension; undefined when the directory source should skip the file. */
export function kindOfName(name: string): DocumentKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : BY_EXTENSION[ext];
}

function kindOfContentType(contentType: string | undefined): DocumentKind | undefined {
  if (!contentType) return undefined;
  if (/json/i.test(contentType)) return "json";
  if (/(rss|atom|rdf|xml)/i.test(contentType)) return "feed";
  return /html/i.test(contentType) ? "html" : undefined;
}

// Servers send feeds as text/html and pages as text/xml; the first element settles it.
function sniff(text: string): DocumentKind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("---")) return "markdown";
  if (!head.startsWith("<")) return "text";
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return "feed";
  return /<(!doctype html|html|head|body|article)[\s>]/i.test(head) ? "html" : "feed";
}

/** Reads one document's bytes into drafts, choosing the reader by name, then Content-Type, then content. */
export function readDocument(bytes: Buffer, origin: DocumentOrigin, name = ""): SourceReadResult {
  const text = decodeBytes(bytes, origin.contentType).text;
  const declared = kindOfName(name) ?? kindOfContentType(origin.contentType);
  const sniffed = sniff(text);
  // An .html or text/html document that is really a feed is read as one.
  const kind = declared === undefined || (declared === "html" && sniffed === "feed") ? sniffed : declared;
  switch (kind) {
    case "text":
      return parseTextBrief(text, origin);
    case "markdown":
      return parseMarkdownBrief(text, origin);
    case "json":
      return parseJsonBrief(text, origin);
    case "html":
      return parseHtmlBrief(text, origin);
    case "feed":
      return parseFeedText(text, origin);
  }
}
