// Where and when a brief was filed, as the piece says it: front matter, a wire-style opening
// ("TOKYO, Jan 9 (Reuters) -", "BERLIN (AP) —") or a byline ("By bno - Tokyo Office January 9,
// 2026", "By Jane Roe in Manila"). A place we cannot read gives no dateline, never a guessed one.
import type { Dateline } from "../domain/types.ts";
import { datelineYear, findDates, formatDay, isoDay, WEEKDAYS } from "./dates.ts";
import { escapeRegExp } from "../briefs/normalise.ts";
import { isCommonWord } from "./common-words.ts";
import { findMentions } from "./mentions.ts";
import { gazetteer, isRealPlace, modernName, placeKey, realPlaceNamed, titleCase, type Place } from "./gazetteer.ts";
import { dayAt } from "./place-sources.ts";
import { AGENCY_HOME } from "./place-data.ts";

export interface DatelineInput {
  byline?: string;
  paragraphs: string[];
  explicit?: Partial<Dateline>;
  publishedAt?: Date;
  /** The day of publication where it was written, when the source's date carried its own zone. */
  publishedDay?: string;
  /** Undated, only the year is known (an undated feed item's feed date): "Jan 12" falls in it; a dateline without a day stays without one. */
  yearFrom?: Date;
}

/** When the piece was published: the instant and, where the source said it, the writer's own day. */
type Published = Pick<DatelineInput, "publishedAt" | "publishedDay" | "yearFrom">;
const yearRef = (p: Published): Date | undefined => p.publishedAt ?? p.yearFrom;

export interface FoundDateline extends Dateline {
  /** ISO alpha-2 of the place, when the gazetteer knows it. */
  country?: string;
}

const KICKER = /\b(?:NEWS|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|WATCH|LIVE|OPINION|EDITORIAL|EXPLAINER|COMMENT|CORRECTION|PHOTOS?|VIDEO)\b/;
// Month names as wires print them, "JAN 5" in capitals too.
const MONTH = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?`;
const WIRE_DATE = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+\d{4})?`;
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*`;
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
// The opening of a wire story, in the forms newsrooms use:
//   "WASHINGTON/BEIJING, May 7 (Reuters) –", "SEOUL, Jan. 4 (Yonhap) --", "BERLIN (AP) —",
//   "PORTLAND, Ore. —", "BISHKEK, Kyrgyzstan, April 2, 2026 —", "MELBOURNE, Aug 27 AAP -",
//   "Seoul, Oct 11 (KPM) —", "Jakarta, 12 March 2026:", "KARACHI:", "Manila —",
//   "New Delhi, Jan 27 (PTI) Finance…", "Buenos Aires, Oct 20 (EFE).- Argentine…"
const WIRE = new RegExp(
  String.raw`^\s*(?:(?<caps>${CAPS_WORD}(?:[ /]${CAPS_WORD})*)|(?<title>${TITLE_WORD}(?: (?:(?:de|del|es|of|la|al|el|da|do|on|upon|sur) )?${TITLE_WORD}){0,3}))` +
    // "New Delhi [India], February 5 (ANI):" puts the country in square brackets.
    String.raw`(?:\s*\[(?<bracketed>\p{Lu}[\p{L}. ]{1,30})\])?` +
    // "KOLWEZI, Democratic Republic of Congo, Feb 17": a qualifier may hold particles.
    String.raw`(?:,\s*(?<qual>\p{Lu}[\p{L}.]*(?: (?:(?:of|the|and|de|da|do|del|es|la|el) ){0,2}\p{Lu}[\p{L}.]*){0,3}))??` +
    String.raw`(?:,?\s*(?<date>${WIRE_DATE}))?` +
    // MONTSAME and the release wires print a name between slashes: "Ulaanbaatar /MONTSAME/.", "SINGAPORE, 14 April 2026 /PRNewswire/ --".
    String.raw`\s*(?<agency>(?:\([^)]{1,40}\)\s*){1,2}|\/\p{Lu}[\p{L}-]{1,20}\/\.?|\p{Lu}{2,6}(?=\s*(?:-|–|—)))?` +
    // PTI and CNA print no dash after the agency ("New Delhi, Jan 27 (PTI) Finance…"); EFE prints ".-".
    // "KATHMANDU, JAN 5" may stand on a line of its own, above the story.
    String.raw`\s*(?<sep>-{1,2}|–|—|:|\.-)?(?:\s+|(?<alone>$))`,
  "u",
);
/** The dateline of a brief, or undefined when none can be read. */
export function findDateline(input: DatelineInput): FoundDateline | undefined {
  const found = fromExplicit(input) ?? fromWire(input) ?? fromByline(input);
  if (!found || found.date) return found;
  // "MANILA, Jan 12 -" in an undated feed item: a byline that carries the full date completes it.
  const dated = fromByline(input);
  return dated?.date ? { ...found, date: dated.date } : found;
}


/** The brief's paragraphs with the wire dateline taken off where the story opens: the story as analysis reads it. */
export function withoutDateline(paragraphs: string[]): string[] {
  const opens = openings(paragraphs);
  const at = opens.findIndex((p, i) => stripDateline(p, i === 0) !== p);
  return paragraphs.map((p) => (at >= 0 && p === opens[at] ? stripDateline(p, at === 0) : p));
}

/** A paragraph without its wire dateline. */
function stripDateline(paragraph: string, first: boolean): string {
  const m = WIRE.exec(paragraph);
  if (m && wirePlace(m, "", first)) return paragraph.slice(m[0].length);
  // "서울, 1월 12일 (연합뉴스) —", "北京，1月12日——": a place in its own script, a date in figures, an
  // agency, a dash. Where it was filed is for the gazetteer, which knows places by their English
  // names; the reader is spared it either way.
  const native = first ? NATIVE_WIRE.exec(paragraph) : null;
  return native ? paragraph.slice(native[0].length) : paragraph;
}
const NATIVE_WIRE = /^\s*[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]{1,12}\s*[,，、]\s*(?=[^—–\n]{0,24}\d)[^—–\n(（]{1,24}?\s*(?:[(（][^)）]{1,20}[)）]\s*)?(?:—{1,2}|–|-{1,2})\s*/u;

// A line that says who filed from where, standing alone before the story: "Nino Beridze in
// Tbilisi", "From our correspondent in Hanoi", "Reporting from Almaty", "Our correspondent, Almaty".
// Case matters here (a name is capitalised), so the lead words spell out both cases.
const BYLINE_LINE = /^\*?(?:(?:[Pp]osted |[Ww]ritten |[Rr]eported )?[Bb]y\s.+|[Ff]rom\s.+|[Rr]eporting\s.+|(?:[Oo]ur|[Aa]|[Ss]pecial)\s+(?:[\p{L}-]+\s+)?[Cc]orrespondent\b.*|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:in|from)\s+\p{Lu}.*)\*?$/u;
const MAX_BYLINE_WORDS = 10;

export function isBylineLine(paragraph: string): boolean {
  const p = paragraph.trim();
  return p.split(/\s+/).length <= MAX_BYLINE_WORDS && !/[.!?]$/.test(p.replace(/\b(?:[A-Z]|Jr|Sr)\.$/, "")) && BYLINE_LINE.test(p);
}

function fromExplicit(input: DatelineInput): FoundDateline | undefined {
  const { explicit } = input;
  if (!explicit || (!explicit.place && !explicit.date)) return undefined;
  const place = explicit.place ? normalisePlace(explicit.place) : undefined;
  const date = explicit.date ? normaliseDate(explicit.date, yearRef(input)) : undefined;
  const raw = explicit.raw ?? [explicit.place, explicit.date].filter(Boolean).join(", ");
  return withCountry({ ...(place ? { place } : {}), ...(date ? { date } : {}), raw });
}

// Where the story may open: the first paragraphs, past the byline ("By Priya Raghavan"), the date
// line ("October 8, 2025") and the name or kicker some pages put above it.
function openings(paragraphs: string[]): string[] {
  return paragraphs.slice(0, 4).filter((p) => !isBylineLine(p) && !isDateLine(p) && (!isLabelLine(p) || isLoneDateline(p)) && p.trim() !== "");
}

function isLoneDateline(p: string): boolean {
  const m = WIRE.exec(p);
  return m?.groups?.["alone"] !== undefined && wirePlace(m) !== undefined;
}

// "Updated - January 20, 2026 09:41 pm IST - NEW DELHI": a page's date line that ends on the place.
const DATED_PLACE = /[-–—|]\s*(\p{Lu}[\p{Lu}.'’ -]{2,30})\s*$/u;
function fromDatedLine(paragraphs: string[], published: Published): FoundDateline | undefined {
  for (const p of paragraphs.slice(0, 4)) {
    if (p.split(/\s+/).length > 14 || findDates(p).length === 0) continue;
    const caps = DATED_PLACE.exec(p.trim())?.[1]?.trim();
    if (!caps || caps !== caps.toUpperCase()) continue;
    const name = titleCase(caps);
    const known = realPlaceNamed(name);
    if (!known) continue;
    const found = withCountry({ place: modernName(known.kind === "country" ? name : known.name), raw: p.trim() }, paragraphs);
    const when = findDates(p).find((d) => d.day);
    const date = when?.day ? resolve(when.month, when.day, when.year, yearRef(published)) : localDay(published, found);
    return { ...found, ...(date ? { date } : {}) };
  }
  return undefined;
}

// A few words without a sentence's end: a reporter's name ("Tahir Mehmood"), a kicker ("Analysis").
// A wire opening always runs on into its first sentence, so it is never one.
const isLabelLine = (p: string): boolean => p.trim().split(/\s+/).length <= 6 && !/[.!?:—–-]/.test(p);

// Nothing but a date, a weekday, a time and words like "Updated": "Wed, October 8, 2025 11:42 GMT".
function isDateLine(p: string): boolean {
  const dates = findDates(p);
  if (dates.length === 0 || p.split(/\s+/).length > 10) return false;
  const rest = dates.reduce((s, d) => s.replace(d.text, " "), p);
  return rest.replace(/\b(?:\d{1,2}:\d{2}(?:\s*[ap]m)?|[ap]m|gmt|utc|ist|[a-z]{3}day|mon|tue|wed|thu|fri|sat|sun|updated|published|posted|last|on|at)\b|[\d\s,.:|·/()-]/gi, "") === "";
}

function fromWire(input: DatelineInput): FoundDateline | undefined {
  const { paragraphs, publishedAt } = input;
  // The story opens past any deck, byline or date line a page puts above it.
  let m: RegExpExecArray | null = null;
  let place: string | undefined;
  const story = paragraphs.join("\n");
  for (const [i, p] of openings(paragraphs).entries()) {
    m = WIRE.exec(p);
    place = m ? wirePlace(m, story, i === 0) : undefined;
    if (m && place) break;
  }
  if (!m || !place) return fromDatedLine(paragraphs, input);
  const stated = m.groups?.["date"];
  const when = stated ? findDates(stated.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()))[0] : undefined;
  const found = withCountry({ place, raw: m[0].trim() }, paragraphs);
  const qual = m.groups?.["qual"] ?? m.groups?.["bracketed"];
  const located = qual ? locatedBy(found, qual) : found;
  const date = when?.day ? resolve(when.month, when.day, when.year, yearRef(input)) : localDay(input, located);
  return { ...located, ...(date ? { date } : {}) };
}

// "INDIAN WELLS, Calif.", "WILLMAR, Minn.": the AP's abbreviations of the states it writes after a town.
const US_STATE_ABBREVIATIONS = new Set(
  "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.".split(" "),
);

// "VICTORIA, British Columbia" is in Canada, not the Seychelles: a qualifier decides among the places
// a name may be. It cannot move a place the gazetteer knows to a country that has no such place
// ("PORT OF SPAIN, Trinidad" stays in Trinidad and Tobago, though Bolivia has a Trinidad).
function locatedBy(found: FoundDateline, qual: string): FoundDateline {
  // An abbreviated state is only ever American: "ATHENS, Ga." is not in Greece.
  if (US_STATE_ABBREVIATIONS.has(qual.replace(/\s+/g, ""))) return { ...found, country: "US" };
  const within = gazetteer().lookupAll(placeKey(qual)).filter(isRealPlace);
  const candidates = new Set(gazetteer().lookupAll(placeKey(found.place ?? "")).filter(isRealPlace).map((p) => p.code));
  const agreed = within.find((w) => candidates.has(w.code)) ?? (candidates.size === 0 ? within[0] : undefined);
  return agreed ? { ...found, country: agreed.code } : found;
}

// The words must be a place. Capitals are one when the gazetteer knows them or a date, an agency
// or a state follows ("PORTLAND, Ore. —"); title case only when the gazetteer knows it as a
// place, and a bare country name only with a date or an agency ("China — ever wary…" is prose).
// A place the gazetteer does not know is taken only where the story opens: "GROWTH FORECASTS:" under
// a "WHAT TO WATCH" heading further down is an item's head.
function wirePlace(m: RegExpExecArray, story = "", first = true): string | undefined {
  const { caps, title, date, agency, sep, alone } = m.groups ?? {};
  const qual = m.groups?.["qual"] ?? m.groups?.["bracketed"];
  // Without a separator only a date and a bracketed agency together mark a dateline, or a place
  // and a date on a line of their own.
  if (!sep && !(date && agency?.startsWith("(")) && !(date && alone !== undefined) && !agency?.startsWith("/")) return undefined;
  const corroborated = Boolean(date || agency);
  const head = (caps ?? title ?? "").split("/")[0]?.trim() ?? "";
  if (head.length < 3) return undefined;
  const name = caps ? titleCase(head) : head;
  // "HCMC" is itself the key; "TOKYO" is looked up as "Tokyo".
  const known = gazetteer().lookup(placeKey(name)) ?? gazetteer().lookup(placeKey(head));
  const isPlace = known !== undefined && isRealPlace(known);
  if (caps) {
    if (head !== head.toUpperCase()) return undefined;
    if (isPlace) return modernName(known.kind === "country" ? name : known.name);
    // "SA KAEO:" — two or more capitalised words before a colon name a place; one may be a kicker ("UPDATE:").
    const multiWord = first && sep === ":" && head.split(/\s+/).length >= 2 && !KICKER.test(head);
    // "HARROGATE — … at the Harrogate Convention Centre": a town too small for the gazetteer that
    // the story names again in its own words.
    const namedAgain = first && sep !== ":" && !KICKER.test(head) && new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name)}(?!\p{L})`, "u").test(story);
    return corroborated || multiWord || namedAgain || (qual !== undefined && sep !== ":") ? modernName(name) : undefined;
  }
  // "Islam Qala (Afghanistan) (AFP) -": an agency in brackets vouches for a town the gazetteer lacks.
  // "Peradeniya, 12 March 2026 —": where the story opens, a title-case name with a day of the month
  // and a dash is a town the gazetteer lacks, unless it is an ordinary word, a weekday or a kicker.
  const dated = first && sep !== undefined && sep !== ":" && /\d/.test(date ?? "") && !isCommonWord(head) && !KICKER.test(head.toUpperCase()) && !WEEKDAYS.includes(head.toLowerCase());
  if (!isPlace) return (agency?.startsWith("(") || dated) && head.split(/\s+/).length <= 3 ? head : undefined;
  if (corroborated || (known.kind !== "country" && qual === undefined)) return modernName(known.kind === "country" ? name : known.name);
  return undefined;
}

const DATE_TAIL = /\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*$/;

const INLINE_BYLINE = /^((?:By|From)\s+(?:[Oo]ur|[Aa]|[Aa]n)?\s*(?:[Ss]pecial|[Ss]taff|[Oo]wn)?\s*(?:[Cc]orrespondent|[Rr]eporter|[Ss]taff [Rr]eporter)s?(?:,|\s+in)\s+\p{Lu}[\p{L}.'’ -]{1,40}?)\.\s+\p{Lu}/u;

// The byline field first; then a byline line above the story ("By Aigerim N." in the front matter,
// "Reporting from Almaty" over the text).
function fromByline(input: DatelineInput): FoundDateline | undefined {
  const { byline, paragraphs } = input;
  const line = paragraphs.slice(0, 2).find(isBylineLine)?.replace(/^\*|\*$/g, "");
  // "By Our Correspondent, Colombo. Sri Lanka's central bank…": a feed's text may open on the byline itself.
  const inline = INLINE_BYLINE.exec(paragraphs[0] ?? "")?.[1];
  for (const b of [byline, line, inline]) {
    const found = b ? placeInByline(b, input, paragraphs) : undefined;
    if (found) return found;
  }
  return undefined;
}

function placeInByline(byline: string, published: Published, paragraphs: string[]): FoundDateline | undefined {
  const office = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?:Office|office|Bureau|bureau|Desk|desk)\b/u.exec(byline);
  // The place ends the byline or its part: "Colleagues in Birmingham district" names the union's
  // district, not where a reporter filed.
  const after = /\b(?:in|from)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)(?!\s+(?!and\b|on\b|at\b|for\b)\p{Ll})/u.exec(byline);
  // After "in" a place is expected, so a name that is also a word ("By Sarah Pike in Reading") counts.
  const afterPlace = after?.[1] ? realPlaceNamed(after[1]) : undefined;
  // "By Jane Roe, Seoul": a segment that is wholly a place; "By Korea Herald staff" is not one.
  const segments = byline.split(/\s[-–—|·•]\s|,/).map((s) => s.replace(DATE_TAIL, "").trim());
  // Before "Bureau" or "Office" a place is expected too ("Austin Bureau", though Austin is also a name).
  const officeIsPlace = office?.[1] !== undefined && realPlaceNamed(office[1]) !== undefined;
  const isPlace = afterPlace !== undefined;
  // An office the gazetteer does not know is still a place ("Surabaya bureau"), unless it is a word ("Explainer desk").
  // Nor is a name of words: "The Morning Desk team".
  // A desk is often a beat ("Pacific Desk", "Foreign Desk"): only a known place makes it a dateline.
  const desk = office !== null && /desk$/i.test(office[0]);
  const unknownOffice = office?.[1] && (officeIsPlace || (!desk && !office[1].split(/\s+/).some((w) => /^the$/i.test(w) || isCommonWord(w)))) ? office[1] : undefined;
  const candidates = [office?.[1], isPlace ? afterPlace.name : after?.[1], ...segments.filter((s) => knownPlace(s) === s)];
  const place = candidates.map((c) => (c ? knownPlace(c) ?? (c === unknownOffice || (isPlace && c === afterPlace.name) ? c : undefined) : undefined)).find(Boolean);
  if (!place) return undefined;
  const when = findDates(byline).find((d) => d.day);
  const found = withCountry({ place: modernName(place), raw: byline.trim() }, paragraphs);
  const date = when?.day ? resolve(when.month, when.day, when.year, yearRef(published)) : localDay(published, found);
  return { ...found, ...(date ? { date } : {}) };
}

// The longest known place inside a phrase: "Jakarta Post Tokyo" would be wrong, so whole words only.
function knownPlace(phrase: string): string | undefined {
  const m = findMentions(phrase).find((p) => p.kind !== "demonym" && p.kind !== "person");
  if (!m) return undefined;
  if (m.kind === "country") return m.text;
  // "Cebu City", "Davao City": the city goes by its full name where the gazetteer keys the short one.
  return /^\s+City\b/i.test(phrase.slice(m.end)) && !/\bCity$/i.test(m.name) ? `${m.name} City` : m.name;
}

// "MANILA —" over a piece published at 07:00 +08:00 (23:00 UTC the day before) was filed on the
// Manila day. The writer's own day comes first where the source stated its zone ("SAIGON —" in a
// diaspora paper dated 09:20 -08:00 is that paper's day); else the instant read in the place's zone.
function localDay({ publishedAt, publishedDay }: Published, d: FoundDateline): string | undefined {
  if (publishedDay) return publishedDay;
  if (!publishedAt) return undefined;
  return (d.place && d.country ? dayAt(publishedAt, d.place, d.country) : undefined) ?? isoDay(publishedAt);
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

function withCountry(d: FoundDateline, paragraphs: string[] = []): FoundDateline {
  if (!d.place) return d;
  const known = (name: string): Place[] => gazetteer().lookupAll(placeKey(name)).filter(isRealPlace);
  // "Iloilo City" is keyed as "Iloilo".
  const full = known(d.place);
  const places = full.length > 0 ? full : known(d.place.replace(/\s+City$/i, ""));
  // "GEORGE TOWN:" over a story about Penang is Malaysia's George Town: the country the story names.
  const name = d.place;
  const named = places.length > 1 ? new Set(findMentions(paragraphs.join("\n")).filter((m) => m.name !== name).map((m) => m.code)) : undefined;
  // Else the agency's own country breaks the tie: "GEORGE TOWN, Oct 13 (Bernama)".
  const agency = /\(([^)]+)\)/.exec(d.raw)?.[1]?.trim().toLowerCase();
  const home = agency ? AGENCY_HOME[agency] : undefined;
  const place = places.find((p) => named?.has(p.code)) ?? (places.length > 1 ? places.find((p) => p.code === home) : undefined) ?? places[0];
  return place ? { ...d, country: place.code } : d;
}
