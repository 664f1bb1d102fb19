// Finds the places a text names: longest match against the gazetteer, case-sensitive (so
// "china" the porcelain and "turkey" the bird stay out), with ALL-CAPS words tried in title case
// ("TOKYO"), and single words that are part of a person's name ("Michael Jordan") left out.
// Chinese, Japanese and Korean have no spaces: names there are matched on word boundaries that
// Intl.Segmenter (ICU's dictionary) finds, so 法国 (France) is not read inside 合法国家.
import nlp from "compromise";
import { CJK, gazetteer, wordKey, words, type Place } from "./gazetteer.ts";

export interface Mention extends Place {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

export interface MentionOptions {
  /** Also match country names in other Latin-script languages ("Brasil"); for text that is not English. */
  foreign?: boolean;
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
const isCaps = (w: string | undefined): boolean => !!w && w === w.toUpperCase() && /\p{Lu}/u.test(w);
// "HO CHI MINH CITY": short capitalised words count when a longer one stands beside them.
const isAllCaps = (ws: { word: string }[], i: number): boolean => {
  const w = ws[i]?.word;
  if (!isCaps(w) || !w) return false;
  return w.length >= 3 || [ws[i - 1]?.word, ws[i + 1]?.word].some((n) => isCaps(n) && (n?.length ?? 0) >= 3);
};
// "in Nice", "from Reading": where a name that is also a word can only be the place.
const PLACE_PREPOSITION = /^(?:in|at|from|near|outside|to|into|via)$/i;

/** Every place named in one text, in order; blocker phrases ("Latin America") are consumed, not returned. */
export function findMentions(text: string, options: MentionOptions = {}): Mention[] {
  const g = gazetteer();
  const tokens = words(text);
  const exact = tokens.map((t) => wordKey(t.word));
  const folded = tokens.map((t, k) => (isAllCaps(tokens, k) ? wordKey(titleCase(t.word)) : wordKey(t.word)));
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let match: { place: Place; n: number } | undefined;
    for (let n = Math.min(g.maxWords, tokens.length - i); n >= 1 && !match; n--) {
      if (!adjacent(text, tokens, i, n)) continue;
      const key = exact.slice(i, i + n).join(" ");
      const place = g.lookup(key) ?? inCapitals(g.lookup(folded.slice(i, i + n).join(" ")), n, tokens[i]?.word ?? "") ?? (options.foreign ? g.lookupForeign(key) : undefined);
      if (place && (!place.common || expectsPlace(tokens, i))) match = { place, n };
    }
    if (!match) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[i + match.n - 1];
    if (first && last && match.place.code !== "") {
      found.push({ ...match.place, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    }
    i += match.n;
  }
  const all = CJK.test(text) ? [...found, ...cjkMentions(text)].sort((a, b) => a.start - b.start) : found;
  return dropPersonNames(text, all);
}

// "EST", "AGM": a short word in capitals is an abbreviation before it is a region's or a town's name.
const inCapitals = (place: Place | undefined, words: number, first: string): Place | undefined =>
  words === 1 && first.length <= 3 && (place?.kind === "province" || place?.kind === "town") ? undefined : place;

// A word-like place name counts in capitals ("NICE, France (AFP) -") or after a preposition of place.
function expectsPlace(tokens: { word: string }[], i: number): boolean {
  return isAllCaps(tokens, i) || PLACE_PREPOSITION.test(tokens[i - 1]?.word ?? "");
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function cjkMentions(text: string): Mention[] {
  const g = gazetteer();
  const starts: number[] = [];
  const ends = new Set<number>();
  for (const s of segmenter.segment(text)) {
    starts.push(s.index);
    ends.add(s.index + s.segment.length);
  }
  const found: Mention[] = [];
  let from = 0;
  for (const i of starts) {
    if (i < from || !CJK.test(text.charAt(i))) continue;
    for (let n = Math.min(g.cjkMaxLength, text.length - i); n >= 2; n--) {
      const name = text.slice(i, i + n);
      const place = g.cjk.get(name);
      // Korean attaches particles to the word (일본을): a Hangul name may end inside a segment.
      if (!place || !(ends.has(i + n) || /\p{Script=Hangul}$/u.test(name))) continue;
      if (place.code !== "") found.push({ ...place, start: i, end: i + n, text: name });
      from = i + n;
      break;
    }
  }
  return found;
}

// A name spans words separated only by spaces or hyphens: "Guinea-Bissau", not "Japan. Korea".
function adjacent(text: string, tokens: { start: number; end: number }[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
    if (!/^(?:['’]s)?[\s-]$/u.test(gap) && !/^\s+$/u.test(gap)) return false;
  }
  return true;
}

// A name is read in the words around it, not in the whole text: the tagger's time grows faster than
// the text it reads, and a paragraph with no full stop in it may run to megabytes.
const NAME_WINDOW = 60;

function dropPersonNames(text: string, found: Mention[]): Mention[] {
  const single = found.filter((m) => m.kind !== "demonym" && m.kind !== "person" && !/\s/.test(m.text) && !CJK.test(m.text));
  if (single.length === 0) return found;
  // Mentions close together share one window, so that each is read once with its words on both sides.
  const inName = new Set<Mention>();
  for (let i = 0; i < single.length; ) {
    let j = i + 1;
    while (j < single.length && (single[j]?.end ?? 0) - (single[i]?.start ?? 0) <= MAX_WINDOW) j++;
    const group = single.slice(i, j);
    const from = wordStart(text, Math.max(0, (group[0]?.start ?? 0) - NAME_WINDOW));
    const people = peopleIn(text.slice(from, wordEnd(text, Math.min(text.length, (group.at(-1)?.end ?? 0) + NAME_WINDOW))));
    for (const m of group) if (people.some((p) => m.start - from >= p.start && m.end - from <= p.end)) inName.add(m);
    i = j;
  }
  return found.filter((m) => !inName.has(m));
}
const MAX_WINDOW = 600;

const wordStart = (text: string, at: number): number => (at === 0 ? 0 : text.indexOf(" ", at) + 1 || at);
const wordEnd = (text: string, at: number): number => (at >= text.length ? text.length : Math.max(text.lastIndexOf(" ", at), 0) || at);

function peopleIn(text: string): { start: number; end: number }[] {
  return (nlp(text).people().json({ offset: true }) as PersonJson[])
    .filter((p) => p.terms.length >= 2 && !/^(President|King|Queen|Prince|Premier|Prime|Minister|Mr|Ms|Mrs|Dr)\b/.test(p.text))
    .map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
}

interface PersonJson {
  text: string;
  terms: unknown[];
  offset: { start: number; length: number };
}
