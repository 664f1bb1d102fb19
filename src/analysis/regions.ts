// Regions are data: named sets of countries. The built-in table is derived from world-countries'
// subregions and regions; "asia" follows UN M49 (Eastern, South-eastern, Southern and Central
// Asia — not Western Asia, which news calls the Middle East). Config can add others.
import type { RegionDefinition } from "../domain/types.ts";
import { worldCountries } from "./gazetteer.ts";

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const ASIA_SUBREGIONS = ["Eastern Asia", "South-Eastern Asia", "Southern Asia", "Central Asia"];

/** Built-in regions: every subregion ("eastern-asia"), every continent-level region but Asia, "asia" (M49), "world". */
export function builtinRegions(): RegionDefinition[] {
  const countries = worldCountries().filter((c) => c.subregion !== "");
  const group = (key: (c: (typeof countries)[number]) => string): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const c of countries) m.set(key(c), [...(m.get(key(c)) ?? []), c.cca2]);
    return m;
  };
  const subregions = [...group((c) => c.subregion)].map(([name, codes]) => ({ id: slug(name), name, countries: codes }));
  const continents = [...group((c) => c.region)]
    .filter(([name]) => name !== "Asia")
    .map(([name, codes]) => ({ id: slug(name), name, countries: codes }));
  const asia = countries.filter((c) => ASIA_SUBREGIONS.includes(c.subregion)).map((c) => c.cca2);
  return [
    ...subregions,
    ...continents,
    { id: "asia", name: "Asia", countries: asia },
    { id: "world", name: "World", countries: worldCountries().map((c) => c.cca2) },
  ];
}

/** Ids of the regions that hold at least one of the brief's prominent countries, in table order. */
export function regionsOf(countries: string[], regions: RegionDefinition[]): string[] {
  const codes = new Set(countries.map((c) => c.toUpperCase()));
  return regions.filter((r) => r.countries.some((c) => codes.has(c.toUpperCase()))).map((r) => r.id);
}
