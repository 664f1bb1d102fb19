// The real-world feeds in shared/realworld (CI has shared/ beside the repo).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText } from "./helpers.ts";

const DIR = join(import.meta.dirname, "../../../shared/realworld/feeds");
const EXPECTED_ITEMS: Record<string, number> = {
  "feed-rs__atom_example_1.xml": 1,
  "feed-rs__jsonfeed_example_1.json": 2,
  "feed-rs__rss_1.0_iso8859.xml": 1,
  "react-native-rss-parser__huffpost-world.xml": 31,
  "react-native-rss-parser__reuters-world.xml": 10,
  "react-tests-workshop__bbc-world.xml": 33,
  "rss-arch__wsj_world_2026-01-27.xml": 72,
  "rss-parser__encoding-gb2312.xml": 20,
  "rss-parser__guardian.rss": 55,
  "rss-parser__heise.atom": 15,
  "rss-parser__rss-1.rss": 69,
  "rss-parser__uolNoticias.rss": 15,
};
const read = (name: string) => readText(name, readFileSync(join(DIR, name)));

describe("real-world feeds", () => {
  it("has every feed listed", () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED_ITEMS).sort());
  });

  for (const [name, count] of Object.entries(EXPECTED_ITEMS)) {
    it(`${name}: every item read, dated, titled, without problems or mojibake`, () => {
      const { drafts, problems } = read(name);
      expect(problems).toEqual([]);
      expect(drafts).toHaveLength(count);
      for (const d of drafts) {
        expect(d.title.trim()).not.toBe("");
        expect(d.publishedAt).toBeInstanceOf(Date);
        expect(`${d.title} ${d.paragraphs.join(" ")}`).not.toMatch(/\uFFFD|Ã[\u0080-\u00BF]|&(amp|lt|gt|#\d+);/);
        expect(d.html ?? "").not.toMatch(/<(script|img|iframe|div|span)\b|\son\w+=/i);
      }
    });
  }

  it("Guardian: entity-escaped descriptions become paragraphs without 'Related' or 'Continue reading'", () => {
    const { drafts } = read("rss-parser__guardian.rss");
    expect(drafts[0]?.byline).toBe("David Smith in Washington");
    for (const d of drafts) expect(`${d.paragraphs.join(" ")} ${d.html}`).not.toMatch(/Continue reading|Related:/);
  });

  it("Reuters: CRLF, glued stylesheet PIs, feedflare furniture removed", () => {
    const { drafts } = read("react-native-rss-parser__reuters-world.xml");
    expect(drafts[0]?.title).toBe("U.S. general says North Korea not demonstrated all components of ICBM");
    expect(drafts[0]?.paragraphs).toHaveLength(1);
  });

  it("UOL: ISO-8859-1 without declaration, CDATA links, Portuguese dates", () => {
    const { drafts } = read("rss-parser__uolNoticias.rss");
    expect(drafts[0]?.title).toBe("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2018-09-24T22:42:40.000Z");
    expect(drafts[0]?.url).toMatch(/^https:\/\/noticias\.uol\.com\.br\//);
  });

  it("BBC: padded CDATA titles are trimmed", () => {
    expect(read("react-tests-workshop__bbc-world.xml").drafts[0]?.title).toBe("Pope Francis compares child sex abuse to human sacrifice");
  });

  it("HuffPost: &#39; entities in titles are decoded", () => {
    expect(read("react-native-rss-parser__huffpost-world.xml").drafts.some((d) => d.title.includes("'"))).toBe(true);
  });
});
