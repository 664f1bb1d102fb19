// Place names that are also ordinary words or people's names: Nice, Reading, Mobile, Split, Bath,
// Victoria, Male. Judged from data: compromise's lexicon (which also knows first and last names)
// and an English word list, unless the lexicon itself calls the word a place ("paris", "berlin").
// The word list also holds many proper nouns ("texas", "queensland"); an ordinary word shows
// itself by its inflections there: "baths", "deltas", "splits", "readings", "nicer".
import { createRequire } from "node:module";
import nlp from "compromise";

const require = createRequire(import.meta.url);
const PLACE_TAGS = new Set(["Place", "City", "Country", "Region", "Address"]);

let words: Set<string> | undefined;
type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | undefined;

function tables(): { words: Set<string>; lexicon: Lexicon } {
  words ??= new Set(require("an-array-of-english-words") as string[]);
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  return { words, lexicon };
}

// "florence" is tagged ProperNoun, "texas" Region and ProperNoun: names, not words.
const isPlaceTag = (tag: string | string[]): boolean => [tag].flat().some((t) => PLACE_TAGS.has(t) || t === "ProperNoun");

/** True for a one-word name that is also a common word or a person's name; several words never are. */
export function isCommonWord(name: string): boolean {
  if (/[\s-]/.test(name)) return false;
  const lower = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const t = tables();
  const tag = t.lexicon[lower];
  if (tag !== undefined) return !isPlaceTag(tag);
  const stem = lower.replace(/y$/, "i");
  return t.words.has(lower) && [`${lower}s`, `${lower}es`, `${stem}es`, `${lower}ly`, `${lower}er`, `${lower}ed`].some((f) => t.words.has(f));
}

/** True for a one-word name the lexicon knows as an ordinary word or a name, not a place: "Nice", "Male". */
export function isLexiconWord(name: string): boolean {
  if (/[\s-]/.test(name)) return false;
  const tag = tables().lexicon[name.toLowerCase()];
  return tag !== undefined && !isPlaceTag(tag);
}
