import { describe, expect, it } from "vitest";
import type { BriefDraft } from "../../src/domain/types.ts";
import { briefId, canonicalUrl, cleanText, htmlToParagraphs, sanitiseHtml, stripHtmlBoilerplate } from "../../src/briefs/normalise.ts";

const aDraft = (over: Partial<BriefDraft> = {}): BriefDraft => ({ source: "file:briefs/a.txt", title: "Seoul and Tokyo talk trade", publishedAt: new Date("2026-01-12T12:00:00Z"), paragraphs: [], ...over });

describe("canonicalUrl", () => {
  it("drops tracking parameters, fragments and credentials and lower-cases the host", () => {
    expect(canonicalUrl("https://user:pw@News.Example.COM/a/b?id=7&utm_source=rss&fbclid=x&wt_mc=feed#top")).toBe("https://news.example.com/a/b?id=7");
    expect(canonicalUrl("http://example.com:80/x?utm_medium=email")).toBe("http://example.com/x");
  });

  it("rejects what is not an absolute http(s) link", () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.com/f", "/relative/path", "mailto:a@b.c", "not a url"]) {
      expect(canonicalUrl(bad)).toBeUndefined();
    }
    expect(canonicalUrl("/asia/x?utm_source=rss", "https://feed.example.com/")).toBe("https://feed.example.com/asia/x");
  });
});

describe("briefId", () => {
  it("is stable and short hex", () => {
    expect(briefId(aDraft())).toMatch(/^[0-9a-f]{16}$/);
    expect(briefId(aDraft())).toBe(briefId(aDraft({ paragraphs: ["changed body"] })));
  });

  it("keys on the guid within a feed, then the canonical URL, then title and day", () => {
    const item = { source: "feed:https://a.example/rss#1", guid: "1" };
    expect(briefId(aDraft(item))).not.toBe(briefId(aDraft({ source: "feed:https://b.example/rss#1", guid: "1" })));
    expect(briefId(aDraft({ url: "https://x.example/s?utm_source=a" }))).toBe(briefId(aDraft({ url: "https://X.example/s#frag", title: "Other" })));
    expect(briefId(aDraft({ publishedAt: new Date("2026-01-12T23:00:00Z") }))).toBe(briefId(aDraft()));
    expect(briefId(aDraft({ publishedAt: new Date("2026-01-13T12:00:00Z") }))).not.toBe(briefId(aDraft()));
  });

  it("does not change when a file brief moves to another directory", () => {
    expect(briefId(aDraft({ source: "file:a/x.md", guid: "brief-7" }))).toBe(briefId(aDraft({ source: "file:b/x.md", guid: "brief-7" })));
  });
});

describe("cleanText", () => {
  it("collapses whitespace, removes control and zero-width characters, keeps smart quotes", () => {
    expect(cleanText("  Korea\u2019s\u00a0President \u201cLee\u201d\u200b\u0007\n\tvisits ")).toBe("Korea\u2019s President \u201cLee\u201d visits");
  });

  it("removes bidi overrides and isolates that would show text reversed, keeping the marks right-to-left text needs", () => {
    expect(cleanText("invoice \u202egnp.exe")).toBe("invoice gnp.exe");
    expect(cleanText("\u2067שלום\u2069 world")).toBe("שלום world");
    expect(cleanText("\u200fשלום\u200e")).toBe("\u200fשלום\u200e");
  });
});

describe("sanitiseHtml", () => {
  const hostile = `<p onclick="x()">Hello <b>world</b> <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/" target="_blank" onmouseover="x()">good</a></p>
    <img src="x" onerror="alert(1)"><script>alert(2)</script><style>p{}</style><iframe src="https://evil"></iframe>
    <div><p>Inside a div</p></div><h2>Heading</h2><a href="data:text/html;base64,xx">data</a><svg><script>alert(3)</script></svg>
    <ul><li>One</li><li>Two</li></ul>`;

  it("keeps only the allowlist: no scripts, handlers, javascript: or data: links", () => {
    const out = sanitiseHtml(hostile);
    expect(out).not.toMatch(/script|onerror|onclick|onmouseover|javascript:|data:|<img|<iframe|<svg|<style|target=|alert/i);
    expect(out).toContain('<a href="https://ok.example/">good</a>');
    expect(out).toContain("<b>world</b>");
    expect(out).toContain("<p>Inside a div</p>");
    expect(out).toContain("<ul><li>One</li><li>Two</li></ul>");
    const tags = new Set([...out.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags) expect(["p", "a", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "br"]).toContain(tag);
  });

  it("never nests paragraphs and wraps loose text", () => {
    expect(sanitiseHtml("Loose text<article><p>a</p><p>b</p></article>")).toBe("<p>Loose text</p><p>a</p><p>b</p>");
  });
});

describe("htmlToParagraphs", () => {
  it("turns blocks and list items into plain paragraphs, links into their text, each list item keeping its mark", () => {
    expect(htmlToParagraphs('<p>First <a href="https://x.example">link</a>.</p><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quote</blockquote><p>Tom &amp; Jerry</p>')).toEqual(["First link.", "• Item one", "• Item two", "Quote", "Tom & Jerry"]);
  });

  it("numbers an ordered list, and keeps a list nested in one item a list of its own", () => {
    const html = "<ol><li><p>Visit dates.</p></li><li><p>Talks on:</p><ul><li>defence;</li><li>minerals.</li></ul></li></ol>";
    expect(htmlToParagraphs(html)).toEqual(["1. Visit dates.", "2. Talks on:", "• defence;", "• minerals."]);
  });

  it("keeps a table's cells apart: a programme row reads as its time, a dash and its slot", () => {
    const html = "<table><tr><td>10:30</td><td><strong>Panel 2 — Port fees.</strong> Who pays for dredging</td></tr></table>";
    expect(htmlToParagraphs(html)).toEqual(["10:30 — Panel 2 — Port fees. Who pays for dredging"]);
    expect(sanitiseHtml(html)).toContain("10:30 — ");
  });
});

describe("stripHtmlBoilerplate", () => {
  it("drops a trailing 'Continue reading…' link and related-stories blocks", () => {
    const html = sanitiseHtml('<p>Body text.</p><p><span>Related: </span><a href="https://g.example/x">Other story</a></p> <a href="https://g.example/y">Continue reading...</a>');
    expect(stripHtmlBoilerplate(html)).toBe("<p>Body text.</p>");
  });
});
