// .md briefs: YAML front matter between "---" lines, then Markdown paragraphs.
import { marked } from "marked";
import { parseDocument } from "yaml";
import type { InputProblem } from "../domain/types.ts";
import { htmlToParagraphs, htmlToPlain, sanitiseHtml, splitLines, stripBoilerplate, stripHtmlBoilerplate } from "../briefs/normalise.ts";
import { draftFromFields } from "./brief-fields.ts";
import { lineAt, yamlLocator } from "./positions.ts";
import type { DocumentOrigin, SourceReadResult } from "./types.ts";

interface Split {
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
}

function splitFrontMatter(text: string): Split | InputProblem {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const open = lines.findIndex((l) => l.trim() !== "");
  if (open === -1 || lines[open]?.trim() !== "---") {
    return { message: `expected YAML front matter starting with a "---" line, found "${(lines[open] ?? "").trim().slice(0, 60)}"`, where: "", line: open + 1 };
  }
  const close = lines.findIndex((l, i) => i > open && /^(---|\.\.\.)\s*$/.test(l));
  if (close === -1) return { message: 'front matter is not closed: expected a "---" line after it', where: "", line: open + 1 };
  return { yaml: lines.slice(open + 1, close).join("\n"), yamlLine: open + 2, body: lines.slice(close + 1).join("\n") };
}

/** Reads one .md brief; YAML errors carry the file's line numbers. */
export function parseMarkdownBrief(text: string, origin: DocumentOrigin): SourceReadResult {
  const split = splitFrontMatter(text);
  if (!("yaml" in split)) return { drafts: [], problems: [{ ...split, where: origin.where }] };
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) {
    return {
      drafts: [],
      problems: doc.errors.map((e) => {
        const line = lineAt(split.yaml, e.pos[0]) + split.yamlLine - 1;
        return { where: origin.where, line, message: `front matter is not valid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}` };
      }),
    };
  }
  const fields: unknown = doc.toJS() ?? {};
  let body = split.body;
  // A brief may give its headline as a "# Heading" instead of a title field.
  const heading = /^#\s+(.+)$/m.exec(body);
  const title = isRecord(fields) && fields["title"] === undefined && heading ? htmlToPlain(marked.parseInline(heading[1] ?? "", { async: false })) : undefined;
  if (title !== undefined && heading) body = body.replace(heading[0], "");
  const html = stripHtmlBoilerplate(sanitiseHtml(marked.parse(body, { async: false, gfm: true })));
  const paragraphs = stripBoilerplate(htmlToParagraphs(html));
  const result = draftFromFields(title === undefined ? fields : { ...(fields as object), title }, { paragraphs, html }, origin, yamlLocator(split.yaml, split.yamlLine), [], "date");
  return { drafts: result.draft ? [result.draft] : [], problems: result.problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
