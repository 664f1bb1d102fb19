import { describe, expect, it } from "vitest";
import { sampleEdition } from "./builders.ts";
import { render, visibleText } from "./fixture.ts";

describe("the plain-text part", () => {
  it("tells the same stories in the same order as the HTML", async () => {
    const edition = sampleEdition(7);
    const { html, text } = await render(edition);
    const order = (doc: string) => edition.briefs.map((b) => doc.lastIndexOf(b.title.slice(0, 40)));
    const inText = order(text.replace(/\n/g, " "));
    const inHtml = order(visibleText(html));
    expect(inText.every((at) => at > 0)).toBe(true);
    expect([...inText].sort((a, b) => a - b)).toEqual(inText);
    expect([...inHtml].sort((a, b) => a - b)).toEqual(inHtml);
  });

  it("puts links in numbered footnotes that the body refers to", async () => {
    const edition = sampleEdition(3);
    const { text } = await render(edition);
    const notes = new Map([...text.matchAll(/^\[(\d+)\] (\S+)$/gm)].map((m) => [Number(m[1]), m[2]!]));
    expect(notes.size).toBe(5);
    edition.briefs.forEach((brief, i) => {
      expect(notes.get(i + 1)).toBe(brief.url);
      expect(text).toMatch(new RegExp(`\\[${i + 1}\\]\\n`));
    });
    expect(text).toContain("Your subscription [4] · Unsubscribe [5]");
    expect(notes.get(4)).toMatch(/^https:\/\/digest\.example\.org\/preferences\//);
    expect(notes.get(5)).toMatch(/^https:\/\/digest\.example\.org\/u\//);
  });

  it("is written for people: no markup, wrapped lines, agenda as a hanging list", async () => {
    const { text } = await render(sampleEdition(10));
    expect(text).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|quot|#x27);/i);
    const long = text.split("\n").filter((l) => l.length > 78 && !/^\[\d+\] /.test(l));
    expect(long).toEqual([]);
    expect(text).toContain("- Supply chains: An early-warning desk for shortages of chip materials\n  is on the table.");
    expect(text).toContain("TOKYO · 9 Jan 2026 · Meridian Asia Wire");
    expect(text).toContain("Also reported by Pacific Ledger and Harbour Street Journal.");
  });

  it("ends with why the reader gets it and the sender's postal address", async () => {
    const { text } = await render(sampleEdition(1));
    expect(text).toContain("\n--\nYou get this because you subscribed to Asia Daily as alice@example.com\n");
    expect(text).toContain("Asia Daily desk · 12 Harbour Lane, Singapore 049321");
  });
});
