// Place names → ISO 3166-1 alpha-2, built once from data packages (see place-sources.ts): country
// names in English, 23 other languages and their own, demonyms, capitals, cities, first-level
// regions, plus a few leaders (people-data.ts). The hand-written tables in place-data.ts only add
// what news prose uses and the data lacks.
import { isCommonWord, isLexiconWord } from "./common-words.ts";
import { LEADERS } from "./people-data.ts";
import { ALIASES, BLOCKERS, OLD_NAMES, ORG_SUFFIXES } from "./place-data.ts";
import { chineseAreas, cities, provinces, subdivisions, translatedNames, worldCountries } from "./place-sources.ts";

export { worldCountries } from "./place-sources.ts";

/** "town" (a smaller city) counts only in a headline or dateline; "person" is a leader who stands for a country. */
export type PlaceKind = "country" | "capital" | "city" | "province" | "town" | "demonym" | "person";

export interface Place {
  /** Display name: "Tokyo", "South Korea". */
  name: string;
  /** ISO 3166-1 alpha-2; "" for a blocker phrase ("Latin America", "Guinea pig") that names no country. */
  code: string;
  kind: PlaceKind;
  /** Also an ordinary word or a person's name ("Nice", "Reading", "Victoria"): counts only where a place is expected. */
  common?: boolean;
}

export interface Gazetteer {
  /** Places for a key made by `placeKey`; case-sensitive. */
  lookup(key: string): Place | undefined;
  /** Every place a name may be, most likely first: George Town is Cayman's capital and Penang's. */
  lookupAll(key: string): Place[];
  /** Country names in other Latin-script languages ("Brasil", "Schweden"), for text that is not English. */
  lookupForeign(key: string): Place | undefined;
  /** Names written in Chinese, Japanese or Korean script, matched inside unspaced text. */
  cjk: Map<string, Place>;
  cjkMaxLength: number;
  /** Longest name in words, for longest-match scanning. */
  maxWords: number;
}

/** A place on the map: not a blocker phrase (code ""), a person or a demonym the gazetteer also holds. */
export const isRealPlace = (p: Place): boolean => p.code !== "" && p.kind !== "person" && p.kind !== "demonym";

/** The place on the map a name (as written, case kept) stands for, if any: "Tokyo", "New Delhi". */
export function realPlaceNamed(name: string): Place | undefined {
  const place = gazetteer().lookup(placeKey(name));
  return place !== undefined && isRealPlace(place) ? place : undefined;
}

export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;

/** Words of a text with their offsets; "U.S." is one word, "US-China" two. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{M}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Normalises one word for lookup: no diacritics, no dots, no possessive. Case is kept. */
export function wordKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\./g, "")
    .replace(/['’]s?$/u, "")
    .replace(/’/g, "'");
}

// "HO CHI MINH CITY" → "Ho Chi Minh City", a tag's "south korea" → "South Korea": a name in the case the gazetteer keys.
// Particles inside a name stay lower case: "DAR ES SALAAM" → "Dar es Salaam", "RIO DE JANEIRO" → "Rio de Janeiro".
export const titleCase = (caps: string): string =>
  caps
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase())
    .replace(/(?<=[\s-])(?:Es|De|Del|Da|Do|Dos|Das|Of|La|Le|Al|El|On|Upon|Sur|Am|Im|Van|Von|Bin)(?=[\s-])/g, (w) => w.toLowerCase());

/** The lookup key of a name: "Washington D.C." → "Washington DC". */
export function placeKey(name: string): string {
  return words(name).map((w) => wordKey(w.word)).join(" ");
}

/** Modern name for an old one: Peking → Beijing, Bombay → Mumbai. */
export function modernName(name: string): string {
  return OLD_NAMES[name] ?? name;
}

let cache: Gazetteer | undefined;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  cache ??= build();
  return cache;
}

function build(): Gazetteer {
  const index = new Map<string, Place>();
  const foreign = new Map<string, Place>();
  const cjk = new Map<string, Place>();
  const others = new Map<string, Place[]>();
  // Earlier additions win: a country name beats a city of the same name. A same-named city or town
  // in another country is kept aside, for where context can choose (a dateline).
  const add = (name: string, place: Place): void => {
    if (CJK.test(name)) {
      if (name.length >= 2 && !cjk.has(name)) cjk.set(name, place);
      return;
    }
    const key = placeKey(name);
    if (key.length < 2) return;
    const first = index.get(key);
    if (!first) index.set(key, place);
    else if ((place.kind === "city" || place.kind === "town") && place.code !== "" && place.code !== first.code && first.code !== "") {
      const list = others.get(key) ?? [];
      if (!list.some((p) => p.code === place.code)) others.set(key, [...list, place]);
    }
  };
  for (const [phrase] of BLOCKERS) add(phrase, { name: phrase, code: "", kind: "country" });
  // Sovereign states first, so a shared demonym ("French") or capital goes to the state, not a territory.
  const countries = worldCountries()
    .filter((c) => c.cca2 !== "AQ")
    .sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of countries) {
    // "Malaysia Airlines", "British Airways": a company, not the country.
    for (const n of [c.name.common, c.demonyms?.eng?.m ?? ""]) for (const s of ORG_SUFFIXES) if (n) add(`${n} ${s}`, { name: n, code: "", kind: "country" });
  }
  for (const c of countries) {
    const place: Place = { name: c.name.common, code: c.cca2, kind: "country" };
    add(c.name.common, place);
    add(c.name.official, place);
    // The first alternative spelling is the bare ISO code: "IN", "IT" and "AT" are words.
    for (const alt of c.altSpellings) if (alt !== c.cca2) add(alt, place);
  }
  for (const [alias, code, kind] of ALIASES) {
    const c = countries.find((x) => x.cca2 === code);
    if (c) add(alias, { name: kind === "capital" ? alias : c.name.common, code, kind: kind ?? "country" });
  }
  for (const c of countries) {
    for (const capital of c.capital) {
      if (/^City of /.test(capital)) continue; // "City of Victoria": the bare word is a person's name
      const name = capital.replace(/,?\s*D\.C\.$/, "");
      add(name, { name, code: c.cca2, kind: "capital", ...(isLexiconWord(name) ? { common: true } : {}) });
    }
  }
  const { major, towns } = cities();
  const place = (name: string, code: string, kind: PlaceKind): Place => ({ name, code, kind, ...(isCommonWord(name) ? { common: true } : {}) });
  for (const city of major) add(city.city, place(city.city, city.iso2, "city"));
  for (const [old, modern] of Object.entries(OLD_NAMES)) {
    const known = index.get(placeKey(modern));
    if (known) add(old, { ...known, name: modern });
  }
  for (const c of countries) {
    const demonym = c.demonyms?.eng?.m;
    if (!demonym) continue;
    const p: Place = { name: c.name.common, code: c.cca2, kind: "demonym" };
    add(demonym, p);
    // "Fijians", "Russians", "Israelis"; not "Chinese", "Swiss", "French", "Irish".
    if (!/(?:ese|s|sh|ch)$/.test(demonym)) add(`${demonym}s`, p);
  }
  for (const [alias, code, kind] of ALIASES) if (kind === "demonym" && !/(?:ese|s|sh|ch)$/.test(alias)) add(`${alias}s`, { name: alias, code, kind });
  for (const [names, code] of LEADERS) for (const n of names) add(n, { name: n, code, kind: "person" });
  for (const p of provinces()) add(p.name, place(p.name, p.code, "province"));
  for (const p of subdivisions()) add(p.name, place(p.name, p.code, "province"));
  for (const t of towns) add(t.city, place(t.city, t.iso2, "town"));
  for (const a of chineseAreas()) add(a.name, { name: a.name, code: a.code, kind: "province" });
  for (const c of countries) {
    const p: Place = { name: c.name.common, code: c.cca2, kind: "country" };
    for (const n of translatedNames(c)) {
      // Other scripts cannot be misread as English; Latin-script names wait for non-English text.
      if (CJK.test(n) || !LATIN.test(n)) add(n, p);
      else if (!index.has(placeKey(n)) && !isCommonWord(n) && !foreign.has(placeKey(n))) foreign.set(placeKey(n), p);
    }
  }
  let maxWords = 1;
  for (const key of [...index.keys(), ...foreign.keys()]) maxWords = Math.max(maxWords, key.split(" ").length);
  const cjkMaxLength = Math.max(2, ...[...cjk.keys()].map((k) => k.length));
  // "Ha Noi", "Hai Phong": official Vietnamese spellings split a name the gazetteer writes as one word.
  const known = (key: string): string | undefined => {
    if (index.has(key)) return key;
    const joined = /^\p{Lu}\p{Ll}{1,4}(?: \p{Lu}\p{Ll}{1,4}){1,2}$/u.test(key) ? key.split(" ").map((w, i) => (i === 0 ? w : w.toLowerCase())).join("") : undefined;
    return joined && index.has(joined) ? joined : undefined;
  };
  const lookup = (key: string): Place | undefined => {
    const k = known(key);
    return k === undefined ? undefined : index.get(k);
  };
  const lookupAll = (key: string): Place[] => {
    const k = known(key);
    const first = k === undefined ? undefined : index.get(k);
    return first ? [first, ...(others.get(k ?? "") ?? [])] : [];
  };
  return { lookup, lookupAll, lookupForeign: (key) => foreign.get(key), cjk, cjkMaxLength, maxWords: Math.min(maxWords, 8) };
}
