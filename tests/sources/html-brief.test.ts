import { describe, expect, it } from "vitest";
import { readFixture, readText } from "./helpers.ts";

describe("html article pages", () => {
  it("reads metadata and the article body, and nothing of scripts, handlers or page furniture", () => {
    const { drafts, problems } = readFixture("article.html");
    expect(problems).toEqual([]);
    const d = drafts[0]!;
    expect(d).toMatchObject({ title: "Kuala Lumpur to host Asean energy meeting", byline: "Siti Rahman", publisher: "Example Times", url: "https://times.example.com/asean-energy?utm_campaign=x" });
    expect(d.publishedAt?.toISOString()).toBe("2026-02-20T03:30:00.000Z");
    expect(d.paragraphs[0]).toMatch(/^KUALA LUMPUR, Feb 20/);
    expect(d.paragraphs).toHaveLength(3);
    const all = `${d.html} ${d.paragraphs.join(" ")}`;
    expect(all).not.toMatch(/script|onerror|onclick|javascript|alert|injected|Share on Facebook|Most read|Home|©/);
    expect(d.html).toContain("<strong>first on the agenda</strong>");
  });

  it("falls back to <title> without the site name, and to JSON-LD for the date", () => {
    const html = `<html><head><title>Dhaka floods ease – Example Post</title><meta property="og:site_name" content="Example Post">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-05T10:00:00+06:00"}</script></head>
      <body><main><p>Waters receded in Dhaka.</p></main></body></html>`;
    const { drafts, problems } = readText("p.html", html);
    expect(problems).toEqual([]);
    expect(drafts[0]?.title).toBe("Dhaka floods ease");
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2026-01-05T04:00:00.000Z");
  });

  it("keeps the page's byline line when it says more than the author's name: where it was filed", () => {
    const html = `<html><head><title>Manila's year</title><meta property="article:published_time" content="2026-01-08T02:00:00Z"><meta property="article:author" content="Teresa Villanueva"></head>
      <body><article><h1>Manila's year</h1><p class="byline">By Teresa Villanueva in Manila</p><p>Three questions will decide it.</p></article></body></html>`;
    expect(readText("p.html", html).drafts[0]?.byline).toBe("By Teresa Villanueva in Manila");
  });

  it("keeps the writer's own day when the page's date carries its zone", () => {
    const html = `<html><head><title>Tet bonuses</title><meta property="article:published_time" content="2026-01-30T09:20:00-08:00"></head><body><article><p>SAIGON — Notices went up.</p></article></body></html>`;
    expect(readText("p.html", html).drafts[0]).toMatchObject({ publishedDay: "2026-01-30", publishedAt: new Date("2026-01-30T17:20:00Z") });
  });

  it("reports a page without a publication date", () => {
    expect(readText("p.html", "<html><head><title>T</title></head><body><p>x</p></body></html>").problems).toEqual([expect.objectContaining({ field: "date" })]);
  });

  it("takes a headline's words without a script or style inside it, and closes up a full stop a removed image left apart", () => {
    const html = `<html><head><meta property="article:published_time" content="2026-01-12T08:00:00Z"></head><body><article><h1>Port deal signed in Manila<script>alert(2)</script><style>h1{}</style></h1><p>Japan will fund dredging at the port <img src="x" onerror="alert(1)">.</p></article></body></html>`;
    const draft = readText("p.html", html).drafts[0];
    expect(draft?.title).toBe("Port deal signed in Manila");
    expect(draft?.paragraphs).toEqual(["Japan will fund dredging at the port."]);
  });
});
