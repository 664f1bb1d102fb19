// Every real-world feed in shared/realworld (CI copies it beside the repository, as it does the
// seed) goes through the real sources and analysis; a handful of cases an editor would call clear.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinRegions } from "../../src/analysis/index.ts";
import type { Brief } from "../../src/domain/types.ts";
import { gatherBriefs } from "../../src/pipeline/gather.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "../../src/sources/index.ts";

const FEEDS = fileURLToPath(new URL("../../../shared/realworld/feeds/", import.meta.url));
const byFeed = new Map<string, Brief[]>();

beforeAll(async () => {
  for (const name of readdirSync(FEEDS)) {
    const read = await readAllSources([sourceFor(join(FEEDS, name), nodeSourceDeps)]);
    byFeed.set(name, gatherBriefs(read.drafts, builtinRegions()).briefs);
  }
}, 60_000);

const feed = (part: string): Brief[] => [...byFeed].find(([name]) => name.includes(part))?.[1] ?? [];
const titled = (part: string, title: string): Brief => {
  const b = feed(part).find((x) => x.title.includes(title));
  if (!b) throw new Error(`no "${title}" in ${part}`);
  return b;
};
const asia = (b: Brief): boolean => b.regions.includes("asia");

describe("real-world feeds through sources and analysis", () => {
  it("reads every feed and analyses every item", () => {
    expect(byFeed.size).toBeGreaterThanOrEqual(12);
    const all = [...byFeed.values()].flat();
    expect(all.length).toBeGreaterThan(300);
    for (const b of all) expect(Array.isArray(b.countries)).toBe(true);
  });

  it("puts the Reuters North Korea ICBM item in Asia and the Idlib strike in Syria", () => {
    expect(asia(titled("reuters", "North Korea not demonstrated"))).toBe(true);
    expect(titled("reuters", "market in Idlib").countries).toContain("SY");
  });

  it("keeps the Guardian's US and European news out of Asia", () => {
    const items = feed("guardian");
    expect(items.filter(asia).length / items.length).toBeLessThanOrEqual(0.1);
  });

  it("reads the Chinese QQ feed as mostly about China", () => {
    const items = feed("gb2312");
    expect(items.filter((b) => b.countries.includes("CN")).length / items.length).toBeGreaterThanOrEqual(0.6);
    expect(titled("gb2312", "日本潜艇").countries).toContain("JP");
    expect(titled("gb2312", "瑞典警察").countries).toEqual(expect.arrayContaining(["SE", "CN"]));
  });

  it("reads Portuguese items and keeps Brazil's news out of Asia", () => {
    const items = feed("uol");
    expect(items.filter((b) => b.countries.includes("BR")).length).toBeGreaterThanOrEqual(4);
    expect(titled("uol", "Mianmar").countries).toContain("MM");
    expect(items.filter(asia).length).toBeLessThanOrEqual(1);
  });

  it("gets demonym plurals, leaders, airlines and word-like cities right", () => {
    expect(titled("bbc", "Fijians fume").countries).toEqual(expect.arrayContaining(["FJ", "IN"]));
    expect(titled("bbc", "Estonians rescue").countries).toEqual(["EE"]);
    expect(titled("huffpost", "Kim Jong Un Accepts").countries).toContain("KP");
    expect(titled("huffpost", "Malaysia Airlines").countries).not.toContain("MY");
    expect(titled("wsj", "Nice Guy").countries).not.toContain("FR");
  });
});
