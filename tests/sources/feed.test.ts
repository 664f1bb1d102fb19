import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/sources/document.ts";
import { readFixture, readText } from "./helpers.ts";

describe("feeds", () => {
  it("keeps good items, reports an item with no title and no text, and never lets hostile HTML through", () => {
    const { drafts, problems } = readFixture("rss-broken-item.xml");
    expect(drafts.map((d) => d.title)).toEqual([
      "Singapore and Tokyo extend a currency swap",
      "An item with a date nobody can read",
      "An item without a title but with text.",
      "An item with no date at all",
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ field: "title", line: 14, message: "item 2 has no title and no text" }),
      expect.objectContaining({ field: "date", line: 18 }),
    ]);
    const swap = drafts[0]!;
    expect(swap).toMatchObject({ guid: "swap-2026-03-01", byline: "Lee Wei in Singapore", publisher: "Example Asia Feed", url: "https://feed.example.com/asia/swap?utm_source=rss" });
    expect(swap.source).toMatch(/^feed:file:.*rss-broken-item\.xml#swap-2026-03-01$/);
    expect(swap.publishedAt?.toISOString()).toBe("2026-03-01T01:00:00.000Z");
    expect(swap.html).not.toMatch(/script|onerror|javascript|alert|Continue reading/);
    expect(swap.paragraphs[0]).toBe("Singapore and Japan extended their swap line.");
    expect(drafts[1]?.publishedAt).toBeUndefined();
    expect(drafts[3]?.publishedAt).toBeUndefined();
  });

  it("reports malformed XML with its line", () => {
    const { drafts, problems } = readFixture("broken.xml");
    expect(drafts).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ line: 7, message: expect.stringContaining("not well-formed XML") })]);
  });

  it("reports a feed cut short at its last line, naming the elements left open", () => {
    const cut = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title>\n<item><title>Dhaka port reopens</title>\n<description>The port reopened on`;
    expect(readText("cut.rss", cut).problems).toEqual([expect.objectContaining({ line: 4, message: "feed is not well-formed XML: it ends before <rss>, <channel>, <item>, <description> are closed (is the file cut short?)" })]);
  });

  it("reports a document that is not a feed", () => {
    expect(readText("x.xml", "<?xml version='1.0'?><catalog><book/></catalog>").problems).toEqual([expect.objectContaining({ message: expect.stringContaining("found <catalog>") })]);
  });

  it("reads ISO-8859-1 bytes without a declaration and Portuguese dates", () => {
    const { drafts, problems } = readFixture("latin1-undeclared.rss");
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ title: "São Paulo e Tóquio", publisher: "Notícias", paragraphs: ["Acordo comercial assinado – diz o governo."] });
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2018-09-24T22:42:40.000Z");
  });

  it("reads GB2312 declared in the XML declaration, after a stylesheet PI", () => {
    const { drafts, problems } = readFixture("rss-parser__encoding-gb2312.xml");
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(20);
    expect(drafts[0]?.title).toBe("习近平为何如此强调崇尚英雄？");
    expect(drafts[0]?.publisher).toBe("新闻国内");
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2018-09-18T14:38:10.000Z");
  });

  it("reads RSS 1.0 (RDF) declared ISO-8859-1, with dc:date and dc:creator", () => {
    const { drafts, problems } = readFixture("feed-rs__rss_1.0_iso8859.xml");
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ title: "Digitalministerium: Neue Glasfaserförderung mit Schnellkasse", byline: "Achim Sawall", publisher: "Golem.de" });
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2023-01-25T18:03:02.000Z");
    expect(drafts[0]?.html).not.toContain("<img");
  });

  it("reads Atom without its namespace, xhtml content and alternate links", () => {
    const { drafts, problems } = readFixture("feed-rs__atom_example_1.xml");
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ title: "Atom draft-07 snapshot", url: "http://example.org/2005/04/02/atom", byline: "Mark Pilgrim", publisher: "dive into mark", guid: "tag:example.org,2003:3.2397" });
    expect(drafts[0]?.paragraphs).toEqual(["[Update: The Atom draft is finished.]"]);
    expect(drafts[0]?.publishedAt?.toISOString()).toBe("2003-12-13T12:29:29.000Z");
  });

  it("resolves an item's relative link from the entry's xml:base, the feed's, or the address it was fetched from", () => {
    const atom = (feedBase: string, entryBase: string, href: string): string => `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"${feedBase}><title>Mekong Wire</title><id>urn:m</id><updated>2026-02-03T10:00:00Z</updated>
<entry${entryBase}><title>Laos and Thailand open a rail bridge</title><id>urn:m1</id><link href="${href}"/><updated>2026-02-03T09:00:00Z</updated><summary>VIENTIANE, Feb 3 - A rail bridge opened.</summary></entry>
</feed>`;
    expect(readText("m.atom", atom(' xml:base="https://wire.example.org/news/"', "", "../mekong/bridge")).drafts[0]?.url).toBe("https://wire.example.org/mekong/bridge");
    expect(readText("m.atom", atom(' xml:base="https://wire.example.org/news/"', ' xml:base="https://partner.example.net/x/"', "bridge")).drafts[0]?.url).toBe("https://partner.example.net/x/bridge");
    const fetched = readDocument(Buffer.from(atom("", "", "/stories/bridge")), { where: "https://feeds.example.org/mekong.atom", source: "https://feeds.example.org/mekong.atom" }, "mekong.atom");
    expect(fetched.drafts[0]?.url).toBe("https://feeds.example.org/stories/bridge");
  });

  it("keeps an undated item's feed date apart from its own date", () => {
    const { drafts } = readText("d.rss", `<?xml version="1.0"?><rss version="0.92"><channel><title>D</title><link>https://d.example.com</link><description>d</description><lastBuildDate>Tue, 13 Jan 2026 08:00:00 GMT</lastBuildDate><item><title>Dhaka cabinet meets</title><description>DHAKA, Jan 11 (UNB) – The cabinet met.</description></item></channel></rss>`);
    expect(drafts[0]?.publishedAt).toBeUndefined();
    expect(drafts[0]?.feedDate?.toISOString()).toBe("2026-01-13T08:00:00.000Z");
  });

  it("does not take a guid that several items with different links share for their identity", () => {
    const item = (title: string, slug: string): string => `<item><title>${title}</title><guid isPermaLink="false">https://site.example.com/</guid><link>https://site.example.com/${slug}</link><pubDate>Tue, 03 Feb 2026 10:00:00 GMT</pubDate><description>${title}.</description></item>`;
    const { drafts } = readText("s.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>S</title><link>https://site.example.com/</link><description>s</description>${item("Nepal opens a dry port", "np")}${item("Bhutan lifts a tourist fee", "bt")}</channel></rss>`);
    expect(drafts.map((d) => d.guid)).toEqual([undefined, undefined]);
    expect(new Set(drafts.map((d) => d.source)).size).toBe(2);
  });

  it("reads a JSON Feed from a .json file", () => {
    const { drafts, problems } = readFixture("feed-rs__jsonfeed_example_1.json");
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject({ title: "How Jeff Bezos’s iPhone X Was Hacked", byline: "John Gruber", publisher: "Daring Fireball" });
    expect(drafts[0]?.source).toMatch(/^feed:file:/);
  });

  it("reports a JSON Feed item with no title and no text at its line", () => {
    const feed = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "F", items: [{ id: "1", title: "Ok", content_text: "x" }, { id: "2" }] }, null, 2);
    const { drafts, problems } = readText("f.json", feed);
    expect(drafts).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ field: "title", line: feed.split("\n").findIndex((l) => l.includes('"2"')) })]);
  });

  it("reads a title holding markup as text: a script's words go, an unclosed tag swallows nothing", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Cambodia <![CDATA[<iframe src="https://evil.example">]]> garment exports rise</title><link>https://f.example/1</link><pubDate>Mon, 12 Jan 2026 08:00:00 GMT</pubDate><description>Exports rose in December.</description></item>
<item><title><![CDATA[Thailand <script>alert("x")</script> baht <b>falls</b> &amp; recovers]]></title><link>https://f.example/2</link><pubDate>Mon, 12 Jan 2026 08:00:00 GMT</pubDate><description>The baht fell.</description></item>
</channel></rss>`;
    expect(readText("f.rss", rss).drafts.map((d) => d.title)).toEqual(["Cambodia garment exports rise", "Thailand baht falls & recovers"]);
  });
});
