import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.ts";
import { servePreview } from "../../src/cli/preview.ts";
import { ROOT } from "../support/cli.ts";

describe("the editors' preview server", () => {
  let app: App;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    app = await createApp({ configDir: "config", asOf: new Date("2026-01-13T05:00:00Z"), env: {}, cwd: ROOT, state: `/tmp/digest-preview-${process.pid}.sqlite` });
    server = await servePreview(() => app, 0);
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  it("listens on 127.0.0.1 only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("lists every reader with a link to their next digest", async () => {
    const res = await fetch(`${server.url}/preview`);
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const email of ["minji.park@example.com", "oliver.hughes@example.co.uk", "dana.reyes@example.com"]) {
      expect(html).toContain(`/preview/${encodeURIComponent(email)}`);
    }
  });

  it("shows a reader's next digest as HTML and as text", async () => {
    const html = await (await fetch(`${server.url}/preview/oliver.hughes%40example.co.uk`)).text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Asia Briefing");
    const text = await (await fetch(`${server.url}/preview/oliver.hughes%40example.co.uk.txt`)).text();
    expect(text).toMatch(/^Subject: Asia Briefing — Tue 13 Jan 2026: /);
  });

  it("answers 404 for someone who is not a reader, 405 for anything but GET", async () => {
    expect((await fetch(`${server.url}/preview/nobody%40example.com`)).status).toBe(404);
    expect((await fetch(`${server.url}/preview`, { method: "POST" })).status).toBe(405);
  });

  it("marks a reader the ledger holds an unsubscribe for", async () => {
    await app.ledger().suppress("dana.reyes@example.com", "*", "unsubscribed", new Date());
    const html = await (await fetch(`${server.url}/preview`)).text();
    expect(html).toMatch(/dana\.reyes@example\.com&gt; · [^<]* · unsubscribed or bounced/);
    expect(html).not.toMatch(/minji\.park@example\.com&gt; · [^<]* · unsubscribed/);
  });
});
