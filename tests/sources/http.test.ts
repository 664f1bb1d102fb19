import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchCapped } from "../../src/sources/node-deps.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "../../src/sources/index.ts";
import { FIXTURES } from "./helpers.ts";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.rss") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(readFileSync(join(FIXTURES, "rss-broken-item.xml")));
    } else if (req.url === "/latin1") {
      // No declaration in the document: only the HTTP charset says what the bytes are.
      res.writeHead(200, { "content-type": "text/xml; charset=iso-8859-1" });
      res.end(iconv.encode("<rss version='2.0'><channel><title>Not\u00edcias</title><item><title>T\u00f3quio</title><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>", "latin1"));
    } else if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(readFileSync(join(FIXTURES, "article.html")));
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(Buffer.alloc(64 * 1024, 0x20));
    } else {
      res.writeHead(404);
      res.end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("feeds over http", () => {
  it("reads a feed by URL, naming its items feed:URL#guid", async () => {
    const { drafts, problems } = await sourceFor(`${base}/feed.rss`, nodeSourceDeps).read();
    expect(drafts).toHaveLength(4);
    expect(drafts[0]?.source).toBe(`feed:${base}/feed.rss#swap-2026-03-01`);
    expect(problems.map((p) => p.where)).toEqual([`${base}/feed.rss`, `${base}/feed.rss`]);
  });

  it("decodes by the HTTP charset", async () => {
    const { drafts } = await sourceFor(`${base}/latin1`, nodeSourceDeps).read();
    expect(drafts[0]).toMatchObject({ title: "T\u00f3quio", publisher: "Not\u00edcias" });
  });

  it("reads an article page by URL", async () => {
    const { drafts } = await sourceFor(`${base}/page`, nodeSourceDeps).read();
    expect(drafts[0]?.title).toBe("Kuala Lumpur to host Asean energy meeting");
  });

  it("reports HTTP errors and unreachable hosts as problems, and the other sources still load", async () => {
    const result = await readAllSources([sourceFor(`${base}/missing`, nodeSourceDeps), sourceFor("http://127.0.0.1:9/feed", nodeSourceDeps), sourceFor(`${base}/feed.rss`, nodeSourceDeps)]);
    expect(result.problems).toEqual(expect.arrayContaining([{ where: `${base}/missing`, message: "cannot fetch: HTTP 404" }, expect.objectContaining({ where: "http://127.0.0.1:9/feed", message: expect.stringMatching(/^cannot fetch/) })]));
    expect(result.drafts).toHaveLength(4);
  });

  it("refuses a body over the size cap", async () => {
    await expect(fetchCapped(`${base}/big`, { maxBytes: 1024 })).rejects.toThrow(/larger than 1024 bytes/);
    const ok = await fetchCapped(`${base}/big`, { maxBytes: 1024 * 1024 });
    expect((await ok.arrayBuffer()).byteLength).toBe(64 * 1024);
  });
});
