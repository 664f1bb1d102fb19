import mjml2html from "mjml";
import { describe, expect, it } from "vitest";
import { countTokens } from "../../src/render/placeholders.ts";
import { buildView, renderMjml } from "../../src/render/index.ts";
import { PERSONAL_KEYS } from "../../src/render/types.ts";
import { aBrief, aDigest, anEdition, anEvent, aSender, sampleEdition } from "./builders.ts";
import { bundledTemplates, hrefs, render, visibleText } from "./fixture.ts";

describe("compiling an edition", () => {
  it("produces MJML that passes mjml's strict validation with no errors", async () => {
    const mjml = renderMjml(buildView(sampleEdition(12), aDigest(), aSender(), 12), bundledTemplates());
    const result = await mjml2html(mjml, { validationLevel: "soft", ignoreIncludes: true });
    expect(result.errors.map((e) => e.formattedMessage)).toEqual([]);
    await expect(mjml2html(mjml, { validationLevel: "strict", ignoreIncludes: true })).resolves.toBeDefined();
  });

  it("keeps every personal placeholder through the mjml compile", async () => {
    const edition = sampleEdition(6);
    const before = countTokens(renderMjml(buildView(edition, aDigest(), aSender(), 6), bundledTemplates()));
    const { compiled } = await render(edition);
    const after = Object.fromEntries(PERSONAL_KEYS.map((k) => [k, compiled.html.fields.filter((f) => f === k).length]));
    expect(after).toEqual(before);
    expect(before.unsubscribeUrl).toBeGreaterThan(0);
    expect(before.preferencesUrl).toBeGreaterThan(0);
    expect(before.reason).toBeGreaterThan(0);
    expect(compiled.text.fields).toEqual(expect.arrayContaining(["unsubscribeUrl", "preferencesUrl", "reason"]));
  });

  it("keeps 20 briefs under 90 KB of HTML", async () => {
    const { html, compiled } = await render(sampleEdition(20));
    expect(compiled.shownBriefs).toBe(20);
    expect(Buffer.byteLength(html)).toBeLessThan(90 * 1024);
  });

  it("drops the lowest-ranked briefs when over budget and says how many more there are", async () => {
    const edition = sampleEdition(30, { moreCount: 4 });
    const { html, text, compiled } = await render(edition, { maxHtmlBytes: 40_000 });
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(40_000);
    expect(compiled.shownBriefs).toBeGreaterThan(5);
    expect(compiled.shownBriefs).toBeLessThan(30);
    expect(compiled.moreCount).toBe(30 - compiled.shownBriefs + 4);
    const shown = edition.briefs.slice(0, compiled.shownBriefs);
    const dropped = edition.briefs.slice(compiled.shownBriefs);
    for (const b of shown) expect(visibleText(html)).toContain(b.title.replace(/'/g, "'"));
    expect(hrefs(html)).not.toContain(dropped[0]!.url);
    const sentence = `${compiled.moreCount} more briefs matched this edition but did not fit in this email.`;
    expect(visibleText(html)).toContain(sentence);
    expect(text).toContain(sentence);
  });

  it("links only to absolute http(s) URLs, in the HTML and in the text footnotes", async () => {
    const { html, text } = await render(sampleEdition(8));
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(8);
    for (const href of links) expect(href).toMatch(/^https?:\/\/[^\s/]+/);
    const footnotes = [...text.matchAll(/^\[(\d+)\] (.*)$/gm)].map((m) => m[2]!);
    expect(footnotes.length).toBe(8 + 2);
    for (const url of footnotes) expect(url).toMatch(/^https?:\/\/[^\s/]+/);
  });

  it("writes the subject as title, local date and the lead headline, on one line", async () => {
    const { subject } = await render(anEdition({ briefs: [aBrief({ title: "Seoul and Tokyo agree quarterly summits" })] }));
    expect(subject).toBe("Asia Daily — Tue 13 Jan 2026: Seoul and Tokyo agree quarterly summits");
  });

  it("clips a long lead headline at a word and keeps the subject short", async () => {
    const title = "Japan and South Korea revive shuttle diplomacy with a focus on chip supply chains and missile data after a year of quiet talks";
    const { subject } = await render(anEdition({ briefs: [aBrief({ title })] }));
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toMatch(/^Asia Daily — Tue 13 Jan 2026: Japan and South Korea revive .*[a-z]…$/);
  });

  it("dates the edition in the reader's language and marks the document's language", async () => {
    const us = await render(anEdition({ locale: "en-US" }));
    expect(us.subject).toContain("Tue Jan 13, 2026");
    expect(us.html).toMatch(/<html lang="en-US"/);
    // The template's own words are English; the date and country names, in Korean, say so where they stand.
    const ko = await render(anEdition({ locale: "ko" }));
    expect(ko.html).toMatch(/<html lang="en" dir="ltr"/);
    expect(ko.html).toMatch(/<span lang="ko" dir="auto">2026년 1월 13일 화요일<\/span>/);
    expect(visibleText(ko.html)).toContain("2026년 1월 13일 화요일");
    expect(visibleText(ko.html)).toContain("일본");
  });

  it("uses real headings, no images, and the preheader as mjml's hidden preview", async () => {
    const { html, compiled } = await render(sampleEdition(3));
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html.match(/<h2[\s>]/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<img[\s>]/i);
    expect(compiled.preheader).toMatch(/^3 briefs\. Also: Vietnam/);
    expect(html).toContain(`display:none`);
    expect(html).toContain(compiled.preheader.replace(/'/g, "&#x27;"));
  });

  it("lists coming events soonest first and leaves out those already past", async () => {
    const { text } = await render(sampleEdition(6));
    const block = text.slice(text.indexOf("COMING UP"), text.indexOf("\n--\n"));
    expect(block.replace(/\n {2}/g, " ").split("\n").filter((l) => l.startsWith("- "))).toEqual([
      "- Thu 15 Jan 2026: Leaders of Japan and South Korea meet in Tokyo (brief 1)",
      "- Tue 20 Jan 2026: First offshore wind auction rules published (brief 2)",
      "- Thu 5 Feb 2026: Philippine central bank rate decision (brief 6)",
    ]);
  });

  it("shows a month-only event by its month, while that month lasts", async () => {
    const upcoming = [
      anEvent({ date: "2026-01-01", label: "Board vote", precision: "month" }),
      anEvent({ date: "2026-02-01", label: "Party congress", precision: "month" }),
      anEvent({ date: "2026-01-01", label: "New year holiday" }),
    ];
    const { html, text } = await render(anEdition({ upcoming }));
    const lines = text.slice(text.indexOf("COMING UP")).split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toEqual(["- January 2026: Board vote (brief 1)", "- February 2026: Party congress (brief 1)"]);
    expect(visibleText(html)).toContain("January 2026 — Board vote");
  });

  it("says so when nothing matched", async () => {
    const { html, subject } = await render(anEdition({ briefs: [], upcoming: [] }));
    expect(subject).toBe("Asia Daily — Tue 13 Jan 2026");
    expect(visibleText(html)).toContain("Nothing new matched this edition.");
  });
});
