import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFixture, readText } from "./helpers.ts";

describe("text briefs (the seed's shape)", () => {
  it("reads header date, de-duplicated headline, publisher, byline and body, without trailing furniture", () => {
    const { drafts, problems } = readFixture("seed-shape.txt");
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(1);
    const d = drafts[0]!;
    expect(d.title).toBe("Manila and Hanoi agree to expand coast guard hotline");
    expect(d.publishedAt?.toISOString()).toBe("2026-03-03T12:00:00.000Z");
    expect(d.publisher).toBe("Harbour Wire");
    expect(d.byline).toBe("By Harbour Wire - Manila Desk March 3, 2026");
    expect(d.paragraphs).toHaveLength(3);
    // Hard-wrapped lines of one paragraph are joined.
    expect(d.paragraphs[0]).toContain("as both countries seek");
    expect(d.paragraphs.join(" ")).not.toMatch(/Share this|Related|©|No comments|Asean ministers/);
  });

  it("reads a wire-style brief with CRLF line ends and a day-first header", () => {
    const { drafts, problems } = readFixture("wire.txt");
    expect(problems).toEqual([]);
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2026-02-02T12:00:00.000Z");
    expect(drafts[0]?.paragraphs).toEqual(["HANOI, Feb 2 (Delta Daily) -- Vietnam\u2019s textile exports rose for a third month in January, the trade ministry said on Monday.", "Shipments to Japan led the increase."]);
  });

  it("takes the byline's date when the header has none", () => {
    const { drafts } = readText("b.txt", "Headline here\n/ Wire\nBy Desk - Seoul Office January 12, 2026\n\nBody.\n");
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2026-01-12T12:00:00.000Z");
  });

  it("reads plain wire copy: the headline, then the date line under it, with the writer's own day", () => {
    const { drafts, problems } = readText("w.txt", "Thai court orders recount in Chiang Mai seat\n\nMarch 2, 2026 11:20 PM GMT+7 Updated\n\nBANGKOK, March 2 (Reuters) - Thailand's election court ordered a recount.\n");
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ title: "Thai court orders recount in Chiang Mai seat", publishedDay: "2026-03-02" });
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2026-03-02T16:20:00.000Z");
    expect(drafts[0]?.paragraphs).toEqual(["BANGKOK, March 2 (Reuters) - Thailand's election court ordered a recount."]);
  });

  it("takes a headline that starts with 'By' as the headline, not a byline", () => {
    const { drafts } = readText("b.txt", "January 5, 2026\n\nBy the numbers: Japan's budget\nBy Desk - Tokyo Office\n\nBody.\n");
    expect(drafts[0]).toMatchObject({ title: "By the numbers: Japan's budget", byline: "By Desk - Tokyo Office", paragraphs: ["Body."] });
  });

  it("reports a missing date with file, line and field", () => {
    const { drafts, problems } = readFixture("wire-no-date.txt");
    expect(drafts).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 1, field: "date", message: expect.stringContaining("expected a dated header line") })]);
    expect(problems[0]?.where).toMatch(/wire-no-date\.txt$/);
  });

  it("reports a file with no headline", () => {
    expect(readText("empty.txt", "\n\n").problems).toEqual([expect.objectContaining({ field: "title" })]);
  });

  it("reads the real seed brief", () => {
    const seed = join(import.meta.dirname, "../../../shared/seeds/korea-japan-visit.txt");
    const { drafts, problems } = readText("seed.txt", readFileSync(seed));
    expect(problems).toEqual([]);
    expect(drafts[0]?.title).toMatch(/visit to Japan$/);
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2026-01-09T12:00:00.000Z");
    expect(drafts[0]?.paragraphs).toHaveLength(5);
    expect(drafts[0]?.paragraphs.at(-1)).not.toMatch(/comments/i);
  });
});
