import { describe, expect, it } from "vitest";
import { readFixture, readText } from "./helpers.ts";

describe("json briefs", () => {
  it("reads an array of briefs with paragraphs, body text or html; bad entries are problems with lines", () => {
    const { drafts, problems } = readFixture("briefs.json");
    expect(drafts.map((d) => d.title)).toEqual(["Dhaka and Delhi reopen a rail link", "Astana hosts a Central Asia summit", "Html body brief"]);
    expect(drafts[0]?.paragraphs).toEqual(["Bangladesh and India reopened the Maitree Express link.", "Service runs twice a week."]);
    expect(drafts[0]?.countries).toEqual(["BD", "IN"]);
    expect(drafts[1]?.paragraphs).toEqual(["Leaders of five Central Asian states met in Astana.", "Water sharing topped the agenda."]);
    expect(drafts[1]?.publishedAt?.toISOString()).toBe("2026-01-16T12:00:00.000Z");
    expect(drafts[2]?.html).toBe("<p>Kathmandu said <strong>tourism</strong> rose.</p>");
    expect(problems).toEqual([
      expect.objectContaining({ field: "[3].title", line: 20 }),
      expect.objectContaining({ field: "[4].publishedAt", line: 24 }),
    ]);
    expect(new Set(drafts.map((d) => d.source)).size).toBe(3);
  });

  it("reports invalid JSON with the line of the error", () => {
    const { drafts, problems } = readFixture("invalid.json");
    expect(drafts).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining("not valid JSON") })]);
  });

  it("reports a wrong type with what was expected and found", () => {
    const { problems } = readText("x.json", '{\n  "title": "T",\n  "publishedAt": "2026-01-01",\n  "countries": "JP"\n}');
    expect(problems).toEqual([expect.objectContaining({ field: "countries", line: 4, message: expect.stringMatching(/expected array.*found "JP"/) })]);
  });

  it("reads null in an optional field as absent, the way JSON APIs write 'none'", () => {
    const { drafts, problems } = readText("x.json", '{"title": "T", "publishedAt": "2026-01-01", "byline": null, "url": null, "dateline": null, "countries": null, "body": "B."}');
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ title: "T", paragraphs: ["B."] });
    expect(drafts[0]?.byline).toBeUndefined();
  });

  it("still requires a title", () => {
    const { problems } = readText("x.json", '{"title": null, "publishedAt": "2026-01-01"}');
    expect(problems).toEqual([expect.objectContaining({ field: "title" })]);
  });

  it("reads HTML put in a body field as HTML, never as tags", () => {
    const { drafts } = readText("x.json", '{"title": "T", "publishedAt": "2026-01-01", "body": "<p>VICTORIA — Ferries sailed in.</p><p><strong>More</strong> soon.</p>"}');
    expect(drafts[0]?.paragraphs).toEqual(["VICTORIA — Ferries sailed in.", "More soon."]);
    expect(drafts[0]?.html).toContain("<strong>More</strong>");
  });

  it("reads a title or publisher a CMS rendered as HTML as text", () => {
    const { drafts } = readText("x.json", JSON.stringify({ title: "Seoul &amp; Tokyo agree on <b>chip</b> curbs &#8212; for now", publisher: "Ink &amp; Wire", publishedAt: "2026-01-12", body: "Officials met." }));
    expect(drafts[0]?.title).toBe("Seoul & Tokyo agree on chip curbs — for now");
    expect(drafts[0]?.publisher).toBe("Ink & Wire");
    const escaped = readText("y.json", JSON.stringify({ title: "T", publishedAt: "2026-01-12", body: "NTT &amp; KDDI held talks &#8212; and A < B & C." }));
    expect(escaped.drafts[0]?.paragraphs).toEqual(["NTT & KDDI held talks — and A < B & C."]);
  });
});
