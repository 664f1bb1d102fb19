// The rows the gazetteer is built from, read from data packages: world-countries (names in 23
// languages, demonyms, capitals), city-timezones (cities with population and their first-level
// region), country-region-data (first-level subdivisions by their English names: Sindh, Telangana,
// Oregon) and china-area-data (China's provinces and cities in Chinese, for Chinese-language feeds).
import { createRequire } from "node:module";
import { dayIn } from "./dates.ts";

export interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  translations?: Record<string, { common: string; official: string }>;
  altSpellings: string[];
  capital: string[];
  subregion: string;
  region: string;
  unMember: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CityRow {
  city: string;
  pop: number;
  iso2: string;
  province?: string;
  timezone?: string;
}

const require = createRequire(import.meta.url);
// Cities this large are named in datelines and news prose; smaller ones mostly collide with words.
const CITY_MIN_POP = 500_000;
const CITY_TOP_PER_COUNTRY = 2;
// Smaller towns count only where a place is expected: a dateline or a headline.
const TOWN_MIN_POP = 50_000;
// A first-level region counts when its cities add up to this many people: Idlib, Florida, Quebec.
const PROVINCE_MIN_POP = 200_000;

let countriesCache: WorldCountry[] | undefined;
/** The world-countries table, loaded once. */
export function worldCountries(): WorldCountry[] {
  countriesCache ??= require("world-countries/countries.json") as WorldCountry[];
  return countriesCache;
}

// Filtered and sorted once: cities, provinces, subdivisions and time zones all read the same rows.
let cityRowsCache: CityRow[] | undefined;
const cityRows = (): CityRow[] =>
  (cityRowsCache ??= (require("city-timezones/data/cityMap.json") as CityRow[]).filter((r) => r.iso2 && r.pop > 0).sort((a, b) => b.pop - a.pop));

/** Major cities and smaller towns, most populous first, so a shared name goes to the largest place. */
export function cities(): { major: CityRow[]; towns: CityRow[] } {
  const perCountry = new Map<string, number>();
  const major: CityRow[] = [];
  const towns: CityRow[] = [];
  for (const row of cityRows()) {
    const rank = (perCountry.get(row.iso2) ?? 0) + 1;
    perCountry.set(row.iso2, rank);
    if (row.pop >= CITY_MIN_POP || (rank <= CITY_TOP_PER_COUNTRY && row.pop >= 50_000)) major.push(row);
    else if (row.pop >= TOWN_MIN_POP) towns.push(row);
  }
  return { major, towns };
}

// "Red Sea" and "White Nile" are Sudanese states, but news means the water.
const WATER = /\b(?:Sea|Ocean|Gulf|Nile|River|Lake|Bay)$/;

/**
 * First-level regions with their country. A name shared by regions in several countries goes to
 * the one holding nearly all their people (Florida: the US state, not Uruguay's department);
 * otherwise it is left out ("Punjab", India or Pakistan).
 */
export function provinces(): { name: string; code: string }[] {
  const seen = new Map<string, Map<string, number>>();
  for (const row of cityRows()) {
    if (!row.province) continue;
    const byCountry = seen.get(row.province) ?? new Map<string, number>();
    byCountry.set(row.iso2, (byCountry.get(row.iso2) ?? 0) + row.pop);
    seen.set(row.province, byCountry);
  }
  const out: { name: string; code: string }[] = [];
  for (const [name, byCountry] of seen) {
    const total = [...byCountry.values()].reduce((a, b) => a + b, 0);
    const [code, pop] = [...byCountry].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (pop >= PROVINCE_MIN_POP && pop >= DOMINANT_SHARE * total && !WATER.test(name)) out.push({ name, code });
  }
  return out;
}

const DOMINANT_SHARE = 0.9;

// A country listing this many first-level units lists councils and municipalities ("Bury", "Bolton"),
// names that news uses for other things.
const MAX_SUBDIVISIONS = 90;
// Provinces news names by themselves are those of populous countries (Sindh, Telangana, Java); a
// small country's regions are mostly named after what else is there (Ghana's "Savannah").
const SUBDIVISION_COUNTRY_MIN_POP = 20_000_000;

/**
 * First-level subdivisions of populous countries, by the English names the package gives: "Sindh",
 * "Khaibar Pakhtunkhwa", "Telangana". A name two countries share ("Punjab"), or that a city
 * elsewhere goes by, is left out.
 */
export function subdivisions(): { name: string; code: string }[] {
  const data = require("country-region-data/data.json") as { countryShortCode: string; regions: { name: string }[] }[];
  const people = new Map<string, number>();
  const cityCountries = new Map<string, Set<string>>();
  for (const row of cityRows()) {
    people.set(row.iso2, (people.get(row.iso2) ?? 0) + row.pop);
    cityCountries.set(row.city, (cityCountries.get(row.city) ?? new Set()).add(row.iso2));
  }
  const codes = new Map<string, Set<string>>();
  for (const c of data) {
    if (c.regions.length > MAX_SUBDIVISIONS || (people.get(c.countryShortCode) ?? 0) < SUBDIVISION_COUNTRY_MIN_POP) continue;
    for (const r of c.regions) {
      // "Krung Thep Mahanakhon (Bangkok)", "Bristol, City of": the name before any aside.
      const name = r.name.replace(/\s*[(,].*$/, "").trim();
      if (name) codes.set(name, (codes.get(name) ?? new Set()).add(c.countryShortCode));
    }
  }
  const out: { name: string; code: string }[] = [];
  for (const [name, set] of codes) {
    const code = [...set][0] ?? "";
    const elsewhere = [...(cityCountries.get(name) ?? [])].some((x) => x !== code);
    if (set.size === 1 && !elsewhere) out.push({ name, code });
  }
  return out;
}

/** Every name a country goes by in another language or its own: 中国, Brasil, Deutschland, Китай. */
export function translatedNames(c: WorldCountry): string[] {
  const names = [...Object.values(c.translations ?? {}), ...Object.values(c.name.native ?? {})];
  return [...new Set(names.flatMap((n) => [n.common, n.official]))];
}

// "浙江省" → "浙江", "宁波市" → "宁波": the suffix is often dropped in headlines.
const AREA_SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/u;

// Taiwan, Hong Kong and Macau sit in the package's tree as provinces; news treats them apart.
const AREA_COUNTRY: Record<string, string> = { "71": "TW", "81": "HK", "82": "MO" };

/** China's provinces and prefecture-level cities in Chinese, with and without their suffix. */
export function chineseAreas(): { name: string; code: string }[] {
  const data = require("china-area-data/data.json") as Record<string, Record<string, string>>;
  const out = new Map<string, string>();
  for (const [id, name] of Object.entries(data["86"] ?? {})) {
    const code = AREA_COUNTRY[id.slice(0, 2)] ?? "CN";
    // Hong Kong's and Macau's children are districts ("北區", "North district"), not cities.
    const children = code === "HK" || code === "MO" ? [] : Object.values(data[id] ?? {});
    for (const n of [name, ...children]) {
      if (/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(n)) continue;
      const short = n.replace(AREA_SUFFIX, "");
      for (const x of [n, short]) if (x.length >= 2 && !out.has(x)) out.set(x, code);
    }
  }
  return [...out].map(([n, code]) => ({ name: n, code }));
}

let zones: { byCity: Map<string, string>; byCountry: Map<string, string> } | undefined;

/**
 * The IANA time zone of a place: the city's own, else that of its country's largest city. A
 * dateline without a date was filed on the publication instant's local day there.
 */
export function timeZoneOf(name: string, code: string): string | undefined {
  if (!zones) {
    zones = { byCity: new Map(), byCountry: new Map() };
    for (const row of cityRows()) {
      if (!row.timezone) continue;
      const key = `${row.city}|${row.iso2}`;
      if (!zones.byCity.has(key)) zones.byCity.set(key, row.timezone);
      if (!zones.byCountry.has(row.iso2)) zones.byCountry.set(row.iso2, row.timezone);
    }
  }
  return zones.byCity.get(`${name}|${code}`) ?? zones.byCountry.get(code);
}

/** The calendar day an instant falls on at a place, else anywhere in its country; undefined where no zone is known. */
export function dayAt(instant: Date, place: string, country: string): string | undefined {
  const zone = timeZoneOf(place, country);
  return zone ? dayIn(instant, zone) : undefined;
}
