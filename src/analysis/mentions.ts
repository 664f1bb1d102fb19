// Finds the places a text names: longest match against the gazetteer, case-sensitive (so
// "china" the porcelain and "turkey" the bird stay out), with ALL-CAPS words tried in title case
// ("TOKYO"), and single words that are part of a person's name ("Michael Jordan") left out.
import nlp from "compromise";
import { gazetteer, wordKey, words, type Place } from "./gazetteer.ts";

export interface Mention extends Place {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
const isCaps = (w: string | undefined): boolean => !!w && w === w.toUpperCase() && /\p{Lu}/u.test(w);
// "HO CHI MINH CITY": short capitalised words count when a longer one stands beside them.
const isAllCaps = (ws: { word: string }[], i: number): boolean => {
  const w = ws[i]?.word;
  if (!isCaps(w) || !w) return false;
  return w.length >= 3 || [ws[i - 1]?.word, ws[i + 1]?.word].some((n) => isCaps(n) && (n?.length ?? 0) >= 3);
};

/** Every place named in one text, in order; blocker phrases ("Latin America") are consumed, not returned. */
export function findMentions(text: string): Mention[] {
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
      const place = g.lookup(exact.slice(i, i + n).join(" ")) ?? g.lookup(folded.slice(i, i + n).join(" "));
      if (place) match = { place, n };
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
  return dropPersonNames(text, found);
}

// A name spans words separated only by spaces or hyphens: "Guinea-Bissau", not "Japan. Korea".
function adjacent(text: string, tokens: { start: number; end: number }[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
    if (!/^(?:['’]s)?[\s-]$/u.test(gap) && !/^\s+$/u.test(gap)) return false;
  }
  return true;
}

function dropPersonNames(text: string, found: Mention[]): Mention[] {
  const single = found.filter((m) => m.kind !== "demonym" && !/\s/.test(m.text));
  if (single.length === 0) return found;
  const people = (nlp(text).people().json({ offset: true }) as PersonJson[])
    .filter((p) => p.terms.length >= 2 && !/^(President|King|Queen|Prince|Premier|Prime|Minister|Mr|Ms|Mrs|Dr)\b/.test(p.text))
    .map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
  return found.filter((m) => !(single.includes(m) && people.some((p) => m.start >= p.start && m.end <= p.end)));
}

interface PersonJson {
  text: string;
  terms: unknown[];
  offset: { start: number; length: number };
}
