import { describe, expect, it } from "vitest";
import { builtinRegions } from "../../src/analysis/index.ts";
import type { BriefDraft } from "../../src/domain/types.ts";
import { gatherBriefs, UnderstandingCache } from "../../src/pipeline/gather.ts";

const draft = (over: Partial<BriefDraft> = {}): BriefDraft => ({
  source: "file:test/manila.md",
  title: "Philippines and Vietnam agree coast guard hotline",
  publishedAt: new Date("2026-01-12T09:00:00Z"),
  paragraphs: ["MANILA, Jan 12 (Test Wire) - The Philippines and Vietnam agreed on Monday to set up a coast guard hotline in the South China Sea."],
  ...over,
});

describe("gatherBriefs", () => {
  it("understands each draft: dateline, countries, region", () => {
    const { briefs, problems } = gatherBriefs([draft()], builtinRegions());
    expect(problems).toEqual([]);
    expect(briefs[0]).toMatchObject({ dateline: { place: "Manila", date: "2026-01-12" }, countries: expect.arrayContaining(["PH", "VN"]) });
    expect(briefs[0]!.regions).toContain("asia");
  });

  it("dates an undated feed item by its dateline, and reports one it cannot date", () => {
    const undated = draft({ publishedAt: undefined, source: "feed:file:x.rss#1", byline: "By Ana Cruz - Manila bureau January 12, 2026" });
    const hopeless = draft({ publishedAt: undefined, source: "feed:file:x.rss#2", title: "Undated", paragraphs: ["No place, no date."] });
    const { briefs, problems } = gatherBriefs([undated, hopeless], builtinRegions());
    expect(briefs.map((b) => b.publishedAt.toISOString())).toEqual(["2026-01-12T12:00:00.000Z"]);
    expect(problems).toEqual([expect.objectContaining({ where: "file:x.rss#2", field: "date" })]);
  });

  it("dates an undated feed item by a dateline whose year the feed's date gives, and never by the feed's date alone", () => {
    const feedDate = new Date("2026-01-13T08:00:00Z");
    const dhaka = draft({ publishedAt: undefined, feedDate, source: "feed:file:x.rss#1", title: "Dhaka cabinet meets", paragraphs: ["DHAKA, Jan 11 (UNB) – Bangladesh's cabinet met on Sunday to approve the budget."] });
    const berlin = draft({ publishedAt: undefined, feedDate, source: "feed:file:x.rss#2", title: "Berlin cabinet meets", paragraphs: ["BERLIN (AP) — Germany's cabinet met to approve the budget."] });
    const { briefs, problems } = gatherBriefs([dhaka, berlin], builtinRegions());
    expect(briefs.map((b) => b.publishedAt.toISOString())).toEqual(["2026-01-11T12:00:00.000Z"]);
    expect(problems).toEqual([expect.objectContaining({ where: "file:x.rss#2", field: "date" })]);
  });

  it("keeps one brief when two sources carry the same item", () => {
    expect(gatherBriefs([draft(), draft()], builtinRegions()).briefs).toHaveLength(1);
  });

  it("gives a reader the headline without a wire's version slug, and an untitled item's first sentence without its dateline", () => {
    const slugged = draft({ title: "UPDATE 2-Philippines and Vietnam agree coast guard hotline" });
    const untitled = draft({ source: "feed:file:x.json#7", title: "MANILA, Jan 12 (Test Wire) - The Philippines and Vietnam agreed on Monday to set up a coast guard hotline in the South China Sea.", titleFromText: true });
    const { briefs } = gatherBriefs([slugged, untitled], builtinRegions());
    expect(briefs.map((b) => b.title)).toEqual(["Philippines and Vietnam agree coast guard hotline", "The Philippines and Vietnam agreed on Monday to set up a coast guard hotline in the South China Sea."]);
  });

  it("keeps two publishers' pieces under one headline apart, and reports two stories that share an id", () => {
    const wrap = (publisher: string, paragraph: string): BriefDraft => draft({ source: `file:${publisher}.txt`, title: "Markets wrap", publisher, paragraphs: [paragraph] });
    const { briefs } = gatherBriefs([wrap("Tokyo Desk", "TOKYO, Jan 12 - The Nikkei rose."), wrap("Mumbai Desk", "MUMBAI, Jan 12 - The Sensex fell.")], builtinRegions());
    expect(briefs.map((b) => b.countries[0])).toEqual(["JP", "IN"]);
    const shared = (title: string): BriefDraft => draft({ source: `feed:file:x.rss#${title}`, title, guid: "https://site.example.com/" });
    const { briefs: kept, problems } = gatherBriefs([shared("Hanoi raises fuel tax"), shared("Manila cuts rice tariff")], builtinRegions());
    expect(kept).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ field: "id", message: expect.stringContaining('"Manila cuts rice tariff" has the same guid') })]);
  });

  it("reuses analysis for unchanged briefs and redoes it for edited ones", () => {
    const cache = new UnderstandingCache();
    const first = gatherBriefs([draft()], builtinRegions(), cache).briefs[0]!;
    const again = gatherBriefs([draft()], builtinRegions(), cache).briefs[0]!;
    expect(again.agenda).toBe(first.agenda);
    const edited = gatherBriefs([draft({ paragraphs: ["BERLIN, Jan 12 (Test Wire) - Germany's cabinet met."] , title: "German cabinet meets" })], builtinRegions(), cache).briefs[0]!;
    expect(edited.countries).toEqual(["DE"]);
  });
});
