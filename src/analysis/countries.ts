// Which countries a brief is about, most prominent first. The headline, the dateline and declared
// countries make a country prominent at once; the body does so only by repeated mention, so a
// passing "arms exports to North Korea" does not put a Russian budget story in Asia.
import nlp from "compromise";
import { withoutDateline } from "./dateline.ts";
import { escapeRegExp } from "../briefs/normalise.ts";
import { CJK, gazetteer, modernName, placeKey, titleCase } from "./gazetteer.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { CONTEXT_RULES } from "./place-data.ts";
import { wordCount } from "./text.ts";

// Chinese and Japanese run about two characters to a word and put no spaces between them.
const lengthInWords = (text: string): number =>
  wordCount(text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, "")) +
  (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / 2;

export interface CountryEvidence {
  title: string;
  paragraphs: string[];
  /** The country of the dateline's place, when known. */
  datelineCountry?: string;
  /** Countries the source declared (front matter); trusted. */
  declared?: string[];
  /** The dateline's place: "Indian Wells" names no Indian. */
  datelinePlace?: string;
  /** The source's tags or categories ("singapore", "Japan"): one that names a country weighs as a dateline does. */
  tags?: string[];
}

// A smaller town counts only in the headline or dateline, where a place is expected.
const KIND_WEIGHT = { country: 1, capital: 0.8, city: 0.7, province: 0.6, town: 0, demonym: 0.6, person: 0.6 } as const;
const TITLE_WEIGHT = 6;
const DATELINE_WEIGHT = 3;
const FILED_ONLY_MAX_SCORE = 1.5;
const LEAD_FACTOR = 1.5;
// A body-only country must be mentioned in two paragraphs (or often in one) and hold its own
// against the brief's main country.
const BODY_MIN_SCORE = 2;
const BODY_MIN_SHARE = 0.25;
// With nothing in the headline or dateline, the body's leading country needs less to lead.
const LONE_MIN_SCORE = 1.5;
// A feed item of a sentence or two: its lead names what it is about, once is enough.
const SHORT_BRIEF_WORDS = 60;
const SHORT_MIN_SCORE = 0.85;
// A country, a capital or a major city, named once.
const LONE_COUNTRY_MIN_SCORE = 0.7;
const LONE_PLACES = 3;
// A leader named in the headline stands for their country, a little behind a country named outright.
const PERSON_TITLE_FACTOR = 0.5;

interface Tally {
  score: number;
  paragraphs: Set<number>;
  strong: boolean;
  first: number;
  /** Named at least once by a name that is not also a word ("India", "Mumbai"; not "Nice"). */
  plain: boolean;
}

/** ISO alpha-2 codes of the brief's prominent countries, most prominent first. */
export function rankCountries(e: CountryEvidence): string[] {
  const fullText = [e.title, ...e.paragraphs].join("\n");
  const options = { foreign: !looksEnglish(fullText) };
  const tallies = new Map<string, Tally>();
  let order = 0;
  const tally = (code: string): Tally => {
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = { score: 0, paragraphs: new Set(), strong: false, first: order++, plain: false }));
    return t;
  };
  (e.declared ?? []).forEach((code, i) => {
    const t = tally(code.toUpperCase());
    t.score += 10 - i;
    t.strong = true;
  });
  // The headline's first-named country is usually its subject: a small edge by position.
  const read = (text: string): Mention[] => outsidePlace(inContext(findMentions(text, options), fullText, text), text, e.datelinePlace);
  const inTitle = read(e.title);
  [...new Set(inTitle.map((m) => m.code))].forEach((code, i) => {
    const t = tally(code);
    const byPerson = inTitle.every((m) => m.code !== code || m.kind === "person");
    t.score += (TITLE_WEIGHT - Math.min(i, 2) * 0.5) * (byPerson ? PERSON_TITLE_FACTOR : 1);
    t.strong = true;
  });
  const titled = inTitle.length > 0;
  const towns: string[] = [];
  // The dateline's own words are not a mention: "SINGAPORE, Feb 10 (Reuters) - Libya's oil…".
  const body = withoutDateline(e.paragraphs);
  body.forEach((p, i) => {
    for (const m of read(p)) {
      if (KIND_WEIGHT[m.kind] === 0) {
        if (!m.common) towns.push(m.code);
        continue;
      }
      const t = tally(m.code);
      t.score += KIND_WEIGHT[m.kind] * (i === 0 ? LEAD_FACTOR : 1);
      t.paragraphs.add(i);
      if (!m.common) t.plain = true;
    }
  });
  // A tag naming a country: the desk filed the piece under it.
  for (const code of new Set((e.tags ?? []).map(countryTagged).filter((c): c is string => c !== undefined))) {
    const t = tally(code);
    t.score += DATELINE_WEIGHT;
    t.strong = true;
  }
  if (e.datelineCountry) {
    const t = tally(e.datelineCountry);
    // Where a story was filed says less about a country the headline already names; and when the
    // headline names others and the body hardly mentions it, the story was only filed there (a
    // Singapore desk on Libyan oil, quoting "a Singapore-based trader").
    const onlyFiledThere = titled && !t.strong && t.paragraphs.size <= 1 && t.score < FILED_ONLY_MAX_SCORE;
    t.score += t.strong || onlyFiledThere ? 1 : DATELINE_WEIGHT;
    if (!onlyFiledThere) t.strong = true;
  }
  const all = [...tallies.values()];
  const top = Math.max(0, ...all.map((t) => t.score));
  const anyStrong = all.some((t) => t.strong);
  const short = lengthInWords(e.paragraphs.join(" ")) <= SHORT_BRIEF_WORDS;
  const soleTop = all.filter((t) => t.score === top).length === 1;
  const prominent = [...tallies.entries()].filter(
    ([, t]) =>
      t.strong ||
      (t.score >= BODY_MIN_SCORE && t.score >= BODY_MIN_SHARE * top && (t.paragraphs.size >= 2 || t.score >= 3)) ||
      (!anyStrong && t.score === top && t.score >= LONE_MIN_SCORE && t.paragraphs.size >= 2) ||
      (!anyStrong && short && soleTop && t.score === top && t.score >= SHORT_MIN_SCORE),
  );
  // The headline names its subject first ("South Korea's Lee announces visit to Japan"): the
  // countries it names by country, people or capital lead, in its order, and the rest follow by
  // score. A city there may be another country's ("Hyderabad"), so it orders nothing.
  const titleOrder = new Map([...new Set(inTitle.filter((m) => m.kind === "country" || m.kind === "demonym" || m.kind === "capital").map((m) => m.code))].map((code, i) => [code, i]));
  prominent.sort(([ca, a], [cb, b]) => {
    const ta = titleOrder.get(ca);
    const tb = titleOrder.get(cb);
    if (ta !== undefined && tb !== undefined) return ta - tb;
    if (ta !== undefined || tb !== undefined) return ta !== undefined ? -1 : 1;
    return b.score - a.score || a.first - b.first;
  });
  // The only country a brief names at all is what it is about, however rarely named ("The Reserve
  // Bank of India cut rates…" with no dateline): a passing mention needs another country to pass by.
  if (prominent.length === 0 && tallies.size === 1) {
    const [[code, only]] = [...tallies.entries()] as [[string, Tally]];
    if (only.plain && only.score >= LONE_COUNTRY_MIN_SCORE) return [code];
  }
  // An order paper naming only "Sarawak", "Kota Bharu" and "Sibu": when every place a brief names,
  // towns included, lies in one country, and it names three, that country is the brief's.
  const everywhere = new Set([...tallies.keys(), ...towns]);
  if (prominent.length === 0 && everywhere.size === 1 && towns.length + [...tallies.values()].reduce((n, t) => n + t.paragraphs.size, 0) >= LONE_PLACES) return [...everywhere];
  return prominent.map(([code]) => code);
}

// "singapore", "South Korea": a tag that is wholly a country's name, in any case.
function countryTagged(tag: string): string | undefined {
  const name = titleCase(tag.trim());
  const place = gazetteer().lookup(placeKey(name));
  // "Georgia" or "Jordan" as a tag says nothing of which one.
  const ambiguous = CONTEXT_RULES.some((r) => r.names.some((n) => n.toLowerCase() === name.toLowerCase()));
  return place?.kind === "country" && place.code !== "" && !ambiguous ? place.code : undefined;
}

// "…to reach the Indian Wells final": a word inside the dateline's place name is no mention of its own.
function outsidePlace(mentions: Mention[], text: string, place: string | undefined): Mention[] {
  if (!place || !place.includes(" ")) return mentions;
  const spans = [...text.matchAll(new RegExp(escapeRegExp(place), "giu"))].map((m) => [m.index, m.index + m[0].length] as const);
  return mentions.filter((m) => m.text === place || !spans.some(([from, to]) => m.start >= from && m.end <= to));
}

/** Drops mentions of ambiguous names ("Georgia", "Turkey", "Jordan") whose brief points elsewhere. */
export function inContext(mentions: Mention[], fullText: string, text: string): Mention[] {
  return mentions.filter((m) => {
    if (isOldNameInAName(m, text)) return false;
    const rule = CONTEXT_RULES.find((r) => r.code === m.code && r.names.some((n) => m.text.startsWith(n)));
    if (!rule) return true;
    if (partOfName(m, text)) return false;
    return rule.confirm.test(fullText) || !rule.refute.test(fullText);
  });
}

// "Calcutta Cup", "Bombay Sapphire": an old place name kept alive in a trophy's or a brand's name
// says nothing about the place. Institutions still stand where they are ("Madras High Court").
const INSTITUTION = /^(?:University|College|School|High|Court|Stock|Port|Airport|Harbour|Harbor|Station|Club|Institute|Hospital|Municipal|Corporation|City|Bay|Province|Metro|Zoo|Museum)\b/;
function isOldNameInAName(m: Mention, text: string): boolean {
  if (modernName(m.text) === m.text) return false;
  const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end))?.[1];
  return after !== undefined && !INSTITUTION.test(after);
}

// Words that follow a country's name inside a place's or an institution's name: "Jordan Valley", "Georgia Strait".
const PLACE_NAME_TAIL = /^(?:Valley|River|Rift|Sea|Strait|Basin|Gulf|Times|Dream|Street|Road|Avenue|Square|Bridge|Port|Border|Crossing|Airport|Embassy|Pavilion|Republic|Kingdom|Government)\b/;

// "Planning Minister Jordan Whitfield", "Michael Jordan": an ambiguous name with a capitalised
// word after it, or a first name before it, is a person's name here.
function partOfName(m: Mention, text: string): boolean {
  const after = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.end))?.[1];
  if (after && !PLACE_NAME_TAIL.test(after)) return true;
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, m.start));
  return before !== null && before.index > 0 && !/[.!?:"“]\s*$/.test(text.slice(0, before.index)) && nlp(before[1] ?? "").has("#FirstName");
}

// English prose is thick with these; Portuguese, German or Spanish prose is not.
const ENGLISH = /^(?:the|and|of|to|is|for|on|that|with|by|from|has|have|are|it|said|this|be|which|its|was|were)$/i;

/** True when a text reads as English: then "Brasil" or "Schweden" are not read as country names. */
export function looksEnglish(text: string): boolean {
  const ws = text.match(/\p{Script=Latin}+/gu) ?? [];
  if (ws.length < 8) return !CJK.test(text) && ws.length > 0;
  return ws.filter((w) => ENGLISH.test(w)).length / ws.length >= 0.08;
}
