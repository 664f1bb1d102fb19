import { describe, expect, it } from "vitest";
import { builtinRegions, regionsOf } from "../../src/analysis/index.ts";

const regions = builtinRegions();
const region = (id: string) => regions.find((r) => r.id === id);

describe("builtinRegions", () => {
  it("makes asia UN M49 Eastern, South-eastern, Southern and Central Asia, without Western Asia", () => {
    const asia = region("asia")?.countries ?? [];
    for (const c of ["JP", "KR", "KP", "CN", "TW", "HK", "VN", "ID", "IN", "PK", "KZ", "UZ", "MN"]) expect(asia).toContain(c);
    for (const c of ["SA", "IL", "JO", "TR", "AE", "GE", "RU", "AU"]) expect(asia).not.toContain(c);
  });

  it("has every subregion, by slug, and the world", () => {
    expect(region("eastern-asia")?.countries).toContain("JP");
    expect(region("south-eastern-asia")?.countries).toContain("PH");
    expect(region("western-asia")?.countries).toContain("SA");
    expect(region("world")?.countries.length).toBeGreaterThan(240);
  });
});

describe("regionsOf", () => {
  it("lists the regions holding any of the brief's countries", () => {
    expect(regionsOf(["US", "CN"], regions)).toEqual(expect.arrayContaining(["north-america", "eastern-asia", "asia", "world"]));
    expect(regionsOf(["RU"], regions)).not.toContain("asia");
    expect(regionsOf([], regions)).toEqual([]);
  });

  it("works on regions from config", () => {
    expect(regionsOf(["sg"], [{ id: "asean", name: "ASEAN", countries: ["SG", "MY"] }])).toEqual(["asean"]);
  });
});
