// The fields a Markdown front matter or a JSON brief may carry, validated at the edge.
import { z } from "zod";
import { isCountryCode, normaliseCountryCode } from "../domain/country-code.ts";
import type { BriefDraft, Dateline, InputProblem } from "../domain/types.ts";
import { cleanText, isWebLink, parseDate, plainField } from "../briefs/normalise.ts";
import type { Locate, PathPart } from "./positions.ts";
import type { DocumentOrigin } from "./types.ts";

// A CMS's JSON may carry a title as rendered HTML ("AT&amp;T &#8217;s deal"): read as text either way.
const text = z.string().transform(plainField);
// Optional fields may be null: JSON APIs often write `"byline": null` for "none".
const BriefFields = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  title: text.pipe(z.string().min(1, "must not be empty")),
  date: z.union([z.string(), z.date()]).nullish(),
  publishedAt: z.union([z.string(), z.date()]).nullish(),
  url: z.string().nullish(),
  publisher: text.nullish(),
  byline: text.nullish(),
  dateline: z.union([z.string(), z.looseObject({ place: z.string().nullish(), date: z.union([z.string(), z.date()]).nullish() })]).nullish(),
  countries: z.array(z.string().refine(isCountryCode, "must be an ISO 3166-1 alpha-2 code such as JP")).nullish(),
  tags: z.array(z.union([z.string(), z.number()])).nullish(),
});

export interface Body {
  paragraphs: string[];
  html?: string;
}

/** Makes a draft from front-matter/JSON fields, or says why it cannot (file, line, field, expected vs found). */
export function draftFromFields(raw: unknown, body: Body, origin: DocumentOrigin, locate: Locate, prefix: PathPart[] = [], dateField: "date" | "publishedAt" = "publishedAt"): { draft?: BriefDraft; problems: InputProblem[] } {
  const problem = (path: PathPart[], message: string): InputProblem => {
    const line = locate([...prefix, ...path]) ?? locate(prefix);
    const field = [...prefix, ...path].map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
    return { where: origin.where, ...(line === undefined ? {} : { line }), ...(field ? { field } : {}), message };
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { problems: [problem([], `expected an object of brief fields, found ${describe(raw)}`)] };
  const parsed = BriefFields.safeParse(raw);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => problem(issue.path as PathPart[], `${issue.message.replace(/^Invalid input: /, "").replace(/, received \w+$/, "")}, found ${describe(valueAt(raw, issue.path as PathPart[]))}`)) };
  }
  const f = parsed.data;
  const dateKey = f.date != null ? "date" : f.publishedAt != null ? "publishedAt" : dateField;
  const rawDate = f.date ?? f.publishedAt ?? undefined;
  const published = rawDate instanceof Date ? { date: rawDate } : rawDate === undefined ? undefined : parseDate(rawDate);
  if (published === undefined || Number.isNaN(published.date.getTime())) {
    const found = rawDate === undefined ? "nothing" : describe(rawDate);
    return { problems: [problem([dateKey], `expected a publication date (ISO 8601, e.g. 2026-01-12T09:30:00Z), found ${found}`)] };
  }
  const problems: InputProblem[] = [];
  const draft: BriefDraft = { source: origin.source, title: f.title, publishedAt: published.date, paragraphs: body.paragraphs };
  if ("localDay" in published && published.localDay) draft.publishedDay = published.localDay;
  if (body.html !== undefined) draft.html = body.html;
  if (f.id != null) draft.guid = String(f.id);
  if (f.url != null) {
    if (isWebLink(f.url)) draft.url = f.url.trim();
    else problems.push(problem(["url"], `expected an http(s) URL, found ${describe(f.url)}`));
  }
  if (f.publisher) draft.publisher = f.publisher;
  if (f.byline) draft.byline = f.byline;
  const dateline = readDateline(f.dateline ?? undefined);
  if (dateline) draft.dateline = dateline;
  if (f.countries) draft.countries = f.countries.map(normaliseCountryCode);
  if (f.tags) draft.tags = f.tags.map((t) => cleanText(String(t))).filter(Boolean);
  return { draft, problems };
}

function readDateline(value: string | { place?: string | null | undefined; date?: string | Date | null | undefined } | undefined): Partial<Dateline> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return { raw: cleanText(value) };
  const out: Partial<Dateline> = {};
  if (value.place) out.place = cleanText(value.place);
  const date = value.date instanceof Date ? value.date.toISOString() : value.date;
  if (date) out.date = parseDate(date)?.date.toISOString().slice(0, 10) ?? date;
  out.raw = [out.place, out.date].filter(Boolean).join(", ");
  return out;
}

function valueAt(raw: unknown, path: PathPart[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PathPart, unknown>)[k] : undefined), raw);
}

/** A short, quoted rendering of a found value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return value.length > 60 ? `"${value.slice(0, 57)}…"` : `"${value}"`;
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? "an object" : String(value);
}
