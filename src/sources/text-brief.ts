// The seed's shape: dated header, headline (maybe repeated), "/ Publisher", "By …" byline,
// blank-line paragraphs, trailing site furniture.
import type { BriefDraft } from "../domain/types.ts";
import { cleanText, findDate, parseDate, splitLines, stripBoilerplate } from "../briefs/normalise.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

// A header line is short; a longer line is the body even when it starts like a byline.
const HEADER_MAX = 200;

interface Header {
  title?: string;
  publishedAt?: Date;
  /** The writer's own day, when the header's time carried its zone. */
  publishedDay?: string;
  publisher?: string;
  byline?: string;
  /** Index of the first body line. */
  bodyStart: number;
}

function readHeader(lines: string[]): Header {
  const header: Header = { bodyStart: lines.length };
  for (let i = 0; i < lines.length; i++) {
    const line = cleanText(lines[i] ?? "");
    if (line === "") continue;
    const date = line.length <= 60 ? parseDate(line) : undefined;
    if (date && header.publishedAt === undefined) {
      header.publishedAt = date.date;
      if (date.localDay) header.publishedDay = date.localDay;
    }
    else if (/^\/\s*\S/.test(line) && line.length <= HEADER_MAX && header.publisher === undefined) header.publisher = line.replace(/^\/\s*/, "");
    // "By …" before any headline is the headline ("By the numbers: …"), not a byline.
    else if (/^by\s+\S/i.test(line) && line.length <= HEADER_MAX && header.byline === undefined && header.title !== undefined) header.byline = line;
    else if (header.title === undefined && header.byline === undefined && line.length <= HEADER_MAX) header.title = line;
    else if (header.title !== undefined && sameText(line, header.title)) continue;
    else return { ...header, bodyStart: i };
  }
  return header;
}

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

// A list entry ("- Tariffs: …", "2. Financing", "• Haze") starts a paragraph of its own.
const LIST_ENTRY = /^(?:[-–•*▪◦·]|\(?\d{1,2}[.)])\s+\S/u;
// A hard-wrapped line runs to the wrap width; a line this short ended its paragraph ("Related
// stories", a byline, a heading) even without a blank line after it.
const SHORT_LINE = 40;

/** Blank-line separated paragraphs; hard-wrapped lines inside one are joined, list entries and short lines stand alone. */
export function textParagraphs(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const line of lines) {
    const clean = cleanText(line);
    if (clean === "") flush();
    else {
      const previous = current.at(-1);
      if (previous !== undefined && (LIST_ENTRY.test(clean) || previous.length < SHORT_LINE)) flush();
      current.push(clean);
    }
  }
  flush();
  return paragraphs;
}

/** Reads one .txt brief; a missing headline or date is a problem, not an exception. */
export function parseTextBrief(text: string, origin: DocumentOrigin): SourceReadResult {
  const lines = splitLines(text);
  const header = readHeader(lines);
  const firstLine = lines.findIndex((l) => cleanText(l) !== "") + 1 || 1;
  if (header.title === undefined) {
    return { drafts: [], problems: [{ where: origin.where, line: firstLine, field: "title", message: "expected a headline after the dated header line, found none" }] };
  }
  // Without a dated header, the byline's date ("By bno - Seoul Office January 12, 2026") will do.
  const publishedAt = header.publishedAt ?? (header.byline ? findDate(header.byline)?.date : undefined);
  if (publishedAt === undefined) {
    const found = cleanText(lines[firstLine - 1] ?? "");
    return { drafts: [], problems: [{ where: origin.where, line: firstLine, field: "date", message: `expected a dated header line such as "Monday, January 12, 2026", found "${found.slice(0, 60)}"` }] };
  }
  const draft: BriefDraft = { source: origin.source, title: header.title, publishedAt, paragraphs: stripBoilerplate(textParagraphs(lines.slice(header.bodyStart))) };
  if (header.publishedDay) draft.publishedDay = header.publishedDay;
  if (header.publisher) draft.publisher = header.publisher;
  if (header.byline) draft.byline = header.byline;
  return { drafts: [draft], problems: [] };
}
