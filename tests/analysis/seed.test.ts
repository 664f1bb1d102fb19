import { describe, expect, it } from "vitest";
import { builtinRegions, regionsOf, understandBrief } from "../../src/analysis/index.ts";
import { readBriefText, seedPath } from "./read-fixture.ts";

describe("the seed brief (Lee's visit to Japan)", async () => {
  const text = await readBriefText(seedPath);
  const u = understandBrief(text);

  it("is filed in Tokyo on 9 January 2026", () => {
    expect(u.dateline).toMatchObject({ place: "Tokyo", date: "2026-01-09" });
  });

  it("is led by South Korea and Japan, and is in Asia", () => {
    expect(u.countries.slice(0, 2).sort()).toEqual(["JP", "KR"]);
    expect(regionsOf(u.countries, builtinRegions())).toContain("asia");
  });

  it("has agenda items on security, economic resilience, history and China", () => {
    const items = u.agenda.map((a) => `${a.label} ${a.summary}`.toLowerCase());
    for (const topic of ["security", "economic resilience", "history", "china"]) {
      expect(items.some((i) => i.includes(topic)), topic).toBe(true);
    }
    expect(u.agenda.length).toBeLessThanOrEqual(5);
    for (const a of u.agenda) {
      expect(a.label.split(/\s+/).length).toBeLessThanOrEqual(4);
      expect(a.summary.split(/\s+/).length).toBeLessThanOrEqual(32);
    }
  });

  it("announces the visit from 13 January", () => {
    expect(u.upcoming).toContainEqual(expect.objectContaining({ date: "2026-01-13", briefId: text.id }));
  });

  it("sums up in one line of at most ~30 words", () => {
    expect(u.summary.split(/\s+/).length).toBeLessThanOrEqual(32);
    expect(u.summary).toMatch(/visit to Japan/);
  });
});
