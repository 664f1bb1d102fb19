import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

describe("hostile brief content never reaches a reader", () => {
  it("comes out inert in the headers, the HTML and the text of the sent message", async () => {
    const dir = await tempConfig({
      sources: [join(ROOT, "tests/fixtures/e2e/hostile")],
      subscribers: "subscribers:\n  - email: reader@example.com\n    timezone: Europe/London\n",
    });
    const run = await digest(["send", "--config", join(dir, "config"), "--as-of", "2026-01-13T08:00:00Z"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sent 1,/);
    const files = (await readdir(join(dir, "outbox"), { recursive: true })).filter((f) => f.endsWith(".eml"));
    const raw = await readFile(join(dir, "outbox", files[0]!), "utf8");
    const headerBlock = raw.slice(0, raw.indexOf("\r\n\r\n"));
    expect(headerBlock).not.toMatch(/^Bcc:/im);
    expect(headerBlock).not.toMatch(/^X-Injected:/im);

    const mail = await simpleParser(raw);
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).not.toMatch(/[\r\n]/);
    const html = mail.html as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain("tracker.example");
    expect(html).not.toMatch(/<mj-include/i);
    expect(mail.subject).toContain("{{unsubscribeUrl}}"); // shown as typed, never filled in
    // Markup in a title is no part of it: the tags and the script's words go, the rest stays as text.
    expect(mail.subject).not.toMatch(/<script|alert\(1\)|<mj-include/);
    expect(mail.subject).toMatch(/Japan Bcc: victim@example\.net X-Injected: yes \{\{unsubscribeUrl\}\}/);
    expect(html).not.toContain("alert(1)");
    expect(mail.text).not.toMatch(/javascript:/i);
    expect(mail.text).toContain("Japan");
  });
});
