// Where and when a brief was filed, as the piece says it: front matter, a wire-style opening
// ("TOKYO, Jan 9 (Reuters) -", "BERLIN (AP) —") or a byline ("By bno - Tokyo Office January 9,
// 2026", "By Jane Roe in Manila"). A place we cannot read gives no dateline, never a guessed one.
import type { Dateline } from "../domain/types.ts";
import { datelineYear, findDates, formatDay, isoDay } from "./dates.ts";
import { findMentions } from "./mentions.ts";
import { gazetteer, modernName, placeKey } from "./gazetteer.ts";

export interface DatelineInput {
  byline?: string;
  paragraphs: string[];
  explicit?: Partial<Dateline>;
  publishedAt?: Date;
}

export interface FoundDateline extends Dateline {
  /** ISO alpha-2 of the place, when the gazetteer knows it. */
  country?: string;
}

// "WASHINGTON/BEIJING, May 7 (Reuters) –", "SEOUL, Jan. 4 (Yonhap) --", "JAKARTA, Indonesia (AP) —"
const WIRE = /^\s*((?:\p{Lu}[\p{Lu}\p{M}.'’-]*)(?:[ /](?:\p{Lu}[\p{Lu}\p{M}.'’-]*))*)(?:,\s*([\p{L} .]+?))?(?:,?\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(\([^)]{1,40}\))?\s*(?:-{1,2}|–|—)\s+/u;

/** The dateline of a brief, or undefined when none can be read. */
export function findDateline(input: DatelineInput): FoundDateline | undefined {
  const found = fromExplicit(input) ?? fromWire(input) ?? fromByline(input);
  if (!found || found.date) return found;
  // "MANILA, Jan 12 -" in an undated feed item: a byline that carries the full date completes it.
  const dated = fromByline(input);
  return dated?.date ? { ...found, date: dated.date } : found;
}

/** The first paragraph without its wire dateline, for summaries. */
export function stripDateline(paragraph: string): string {
  const m = WIRE.exec(paragraph);
  return m && wirePlace(m) ? paragraph.slice(m[0].length) : paragraph;
}

function fromExplicit({ explicit, publishedAt }: DatelineInput): FoundDateline | undefined {
  if (!explicit || (!explicit.place && !explicit.date)) return undefined;
  const place = explicit.place ? normalisePlace(explicit.place) : undefined;
  const date = explicit.date ? normaliseDate(explicit.date, publishedAt) : undefined;
  const raw = explicit.raw ?? [explicit.place, explicit.date].filter(Boolean).join(", ");
  return withCountry({ ...(place ? { place } : {}), ...(date ? { date } : {}), raw });
}

// The opening paragraph, past a byline paragraph ("By Priya Raghavan") some pages put first.
const opening = (paragraphs: string[]): string | undefined =>
  paragraphs.slice(0, 3).find((p) => !/^(?:by|from)\s+[^.]{0,80}$/i.test(p.trim()) && p.trim() !== "");

function fromWire({ paragraphs, publishedAt }: DatelineInput): FoundDateline | undefined {
  const first = opening(paragraphs);
  if (!first) return undefined;
  const m = WIRE.exec(first);
  if (!m) return undefined;
  const place = wirePlace(m);
  if (!place) return undefined;
  const when = m[3] ? findDates(m[3])[0] : undefined;
  const date = when?.day ? resolve(when.month, when.day, when.year, publishedAt) : publishedAt ? isoDay(publishedAt) : undefined;
  return withCountry({ place, ...(date ? { date } : {}), raw: m[0].trim() });
}

// The capitals must be a place: a known one, or any capitals followed by a date or an agency.
function wirePlace(m: RegExpExecArray): string | undefined {
  const head = (m[1] ?? "").split("/")[0]?.trim() ?? "";
  if (head.length < 3 || head !== head.toUpperCase()) return undefined;
  const title = head.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const known = gazetteer().lookup(placeKey(title));
  if (known && known.code !== "" && known.kind !== "person") return modernName(known.kind === "country" ? title : known.name);
  return m[3] || m[4] ? modernName(title) : undefined;
}

const DATE_TAIL = /\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*$/;

function fromByline({ byline, publishedAt }: DatelineInput): FoundDateline | undefined {
  if (!byline) return undefined;
  const office = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?:Office|office|Bureau|bureau|Desk|desk)\b/u.exec(byline);
  const after = /\b(?:in|from)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(byline);
  // "By Jane Roe, Seoul": a segment that is wholly a place; "By Korea Herald staff" is not one.
  const segments = byline.split(/\s[-–—|]\s|,/).map((s) => s.replace(DATE_TAIL, "").trim());
  const candidates = [office?.[1], after?.[1], ...segments.filter((s) => knownPlace(s) === s)];
  const place = candidates.map((c) => (c ? knownPlace(c) ?? (c === office?.[1] ? c : undefined) : undefined)).find(Boolean);
  if (!place) return undefined;
  const when = findDates(byline).find((d) => d.day);
  const date = when?.day ? resolve(when.month, when.day, when.year, publishedAt) : publishedAt ? isoDay(publishedAt) : undefined;
  return withCountry({ place: modernName(place), ...(date ? { date } : {}), raw: byline.trim() });
}

// The longest known place inside a phrase: "Jakarta Post Tokyo" would be wrong, so whole words only.
function knownPlace(phrase: string): string | undefined {
  const m = findMentions(phrase).find((p) => p.kind !== "demonym" && p.kind !== "person");
  return m ? (m.kind === "country" ? m.text : m.name) : undefined;
}

function resolve(month: number, day: number, year: number | undefined, publishedAt: Date | undefined): string | undefined {
  if (year) return formatDay(year, month, day);
  return publishedAt ? formatDay(datelineYear(month, publishedAt), month, day) : undefined;
}

function normalisePlace(place: string): string {
  return modernName(place.trim());
}

function normaliseDate(date: string | Date, publishedAt: Date | undefined): string | undefined {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? undefined : isoDay(date);
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(date.trim());
  if (iso) return iso[1];
  const d = findDates(date).find((x) => x.day);
  return d?.day ? resolve(d.month, d.day, d.year, publishedAt) : undefined;
}

function withCountry(d: FoundDateline): FoundDateline {
  if (!d.place) return d;
  const place = gazetteer().lookup(placeKey(d.place));
  return place && place.code !== "" && place.kind !== "person" && place.kind !== "demonym" ? { ...d, country: place.code } : d;
}
