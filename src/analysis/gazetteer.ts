// Place names → ISO 3166-1 alpha-2, built once from data packages: world-countries (names,
// official names, alternative spellings, demonyms, capitals) and city-timezones (cities with
// population). The few hand-written tables below only add what news prose uses and the data lacks.
import { createRequire } from "node:module";
import { ALIASES, BLOCKERS, OLD_NAMES } from "./place-data.ts";

export type PlaceKind = "country" | "capital" | "city" | "demonym";

export interface Place {
  /** Display name: "Tokyo", "South Korea". */
  name: string;
  /** ISO 3166-1 alpha-2; "" for a blocker phrase ("Latin America", "Guinea pig") that names no country. */
  code: string;
  kind: PlaceKind;
}

export interface Gazetteer {
  /** Places for a key made by `placeKey`; case-sensitive. */
  lookup(key: string): Place | undefined;
  /** Longest name in words, for longest-match scanning. */
  maxWords: number;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  subregion: string;
  region: string;
  unMember: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
}

const require = createRequire(import.meta.url);
// Cities this large are named in datelines and news prose; smaller ones mostly collide with words.
const CITY_MIN_POP = 500_000;
const CITY_TOP_PER_COUNTRY = 2;

let countriesCache: WorldCountry[] | undefined;
/** The world-countries table, loaded once. */
export function worldCountries(): WorldCountry[] {
  countriesCache ??= require("world-countries/countries.json") as WorldCountry[];
  return countriesCache;
}

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
  // Earlier additions win: a country name beats a city of the same name.
  const add = (name: string, place: Place): void => {
    const key = placeKey(name);
    if (key.length < 2 || index.has(key)) return;
    index.set(key, place);
  };
  for (const [phrase] of BLOCKERS) add(phrase, { name: phrase, code: "", kind: "country" });
  // Sovereign states first, so a shared demonym ("French") or capital goes to the state, not a territory.
  const countries = worldCountries()
    .filter((c) => c.cca2 !== "AQ")
    .sort((a, b) => Number(b.unMember) - Number(a.unMember));
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
      add(name, { name, code: c.cca2, kind: "capital" });
    }
  }
  for (const city of majorCities()) add(city.city, { name: city.city, code: city.iso2, kind: "city" });
  for (const [old, modern] of Object.entries(OLD_NAMES)) {
    const place = index.get(placeKey(modern));
    if (place) add(old, { ...place, name: modern });
  }
  for (const c of countries) {
    const demonym = c.demonyms?.eng?.m;
    if (demonym) add(demonym, { name: c.name.common, code: c.cca2, kind: "demonym" });
  }
  let maxWords = 1;
  for (const key of index.keys()) maxWords = Math.max(maxWords, key.split(" ").length);
  return { lookup: (key) => index.get(key), maxWords: Math.min(maxWords, 8) };
}

function majorCities(): CityRow[] {
  const rows = (require("city-timezones/data/cityMap.json") as CityRow[]).filter((r) => r.iso2 && r.pop > 0);
  rows.sort((a, b) => b.pop - a.pop);
  const perCountry = new Map<string, number>();
  const kept: CityRow[] = [];
  for (const row of rows) {
    const rank = (perCountry.get(row.iso2) ?? 0) + 1;
    perCountry.set(row.iso2, rank);
    if (row.pop >= CITY_MIN_POP || (rank <= CITY_TOP_PER_COUNTRY && row.pop >= 50_000)) kept.push(row);
  }
  return kept; // most populous first, so a shared name goes to the largest city
}
