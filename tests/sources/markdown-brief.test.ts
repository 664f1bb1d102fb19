import { describe, expect, it } from "vitest";
import { readFixture, readText } from "./helpers.ts";

describe("markdown briefs", () => {
  it("reads front matter and the body, keeping bold in sanitised html", () => {
    const { drafts, problems } = readFixture("brief.md");
    expect(problems).toEqual([]);
    const d = drafts[0]!;
    expect(d).toMatchObject({
      title: "Seoul and Jakarta sign a battery supply pact",
      publisher: "Example Asia Review",
      byline: "By Jane Roe in Jakarta",
      dateline: { place: "Jakarta", date: "2026-02-10" },
      countries: ["KR", "ID"],
      tags: ["trade", "batteries"],
    });
    expect(d.publishedAt?.toISOString()).toBe("2026-02-09T23:15:00.000Z");
    expect(d.html).toContain("<strong>battery supply pact</strong>");
    expect(d.html).toContain('<a href="https://news.example.com/cells">cell plants</a>');
    expect(d.paragraphs).toEqual([
      "South Korea and Indonesia signed a battery supply pact on Tuesday, the trade ministry in Seoul said.",
      "The agreement covers nickel processing and cell plants.",
      "• Nickel quotas",
      "• Joint research",
    ]);
    expect(d.html).not.toContain("Share this");
  });

  it("reports bad YAML at its line in the file", () => {
    const { drafts, problems } = readFixture("bad-front-matter.md");
    expect(drafts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(4);
    expect(problems[0]?.line).toBeLessThanOrEqual(5);
    expect(problems[0]?.message).toMatch(/not valid YAML/);
  });

  it("reports a missing or unreadable date under the field 'date'", () => {
    expect(readFixture("no-date.md").problems).toEqual([expect.objectContaining({ field: "date", message: expect.stringContaining("found nothing") })]);
    expect(readFixture("bad-date.md").problems).toEqual([expect.objectContaining({ field: "date", line: 3, message: expect.stringContaining('found "next Tuesday"') })]);
  });

  it("takes a '# heading' as the title when front matter has none", () => {
    const { drafts, problems } = readFixture("heading-title.md");
    expect(problems).toEqual([]);
    expect(drafts[0]?.title).toBe("Tokyo hosts regional security talks");
    expect(drafts[0]?.paragraphs).toEqual(["Officials from five countries met in Tokyo."]);
  });

  it("reports a missing title, a file without front matter and unclosed front matter", () => {
    expect(readText("t.md", "---\ndate: 2026-01-01\n---\nBody only.\n").problems).toEqual([expect.objectContaining({ field: "title", line: 2 })]);
    expect(readText("n.md", "# Just markdown\n\nText.\n").problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("front matter") })]);
    expect(readText("u.md", "---\ntitle: x\n").problems).toEqual([expect.objectContaining({ message: expect.stringContaining("not closed") })]);
  });

  it("keeps the draft but reports a url that is not http(s)", () => {
    const { drafts, problems } = readText("j.md", "---\ntitle: T\ndate: 2026-01-01\nurl: javascript:alert(1)\n---\nBody.\n");
    expect(drafts[0]?.url).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: "url", line: 4 })]);
  });

  it("sanitises raw HTML inside markdown", () => {
    const { drafts } = readText("h.md", '---\ntitle: T\ndate: 2026-01-01\n---\nHello <img src=x onerror="alert(1)"><script>alert(2)</script> [x](javascript:alert(3))\n');
    expect(drafts[0]?.html).not.toMatch(/onerror|script|javascript|alert/);
  });
});
