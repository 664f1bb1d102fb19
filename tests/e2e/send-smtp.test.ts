import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { Redis } from "ioredis";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

const BRIEFS = join(ROOT, "tests/fixtures/e2e/briefs");
const AS_OF = "2026-01-13T23:00:00Z";
const SUBSCRIBERS = `subscribers:
  - email: minji@example.com
    name: Min-ji Park
    timezone: Asia/Seoul
    countries: [KR, JP]
  - email: oliver@example.co.uk
    timezone: Europe/London
  - email: dana@example.com
    name: Dana Reyes
    timezone: America/New_York
    locale: en-US
    countries: [CN, TW, HK]
`;

/** mailparser folds List-* headers into one object; the raw line is what a mail client reads. */
function headerLine(mail: ParsedMail, key: string): string | undefined {
  return mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n\s+/g, " ");
}

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

describe("digest send over SMTP, end to end", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;
  let dir = "";

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as { port: number }).port;
    dir = await tempConfig({ sources: [BRIEFS], subscribers: SUBSCRIBERS });
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = () => digest(["send", "--config", join(dir, "config"), "--as-of", AS_OF, "--transport", `smtp://127.0.0.1:${port}`]);

  it("delivers each reader the briefs of their countries, with both parts and one-click unsubscribe", async () => {
    const run = await send();
    expect(run.stderr).toContain("broken.md");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sent 3, already sent 0/);

    const byRcpt = new Map(received.map((r) => [r.envelopeTo.join(","), r.mail]));
    expect([...byRcpt.keys()].sort()).toEqual(["dana@example.com", "minji@example.com", "oliver@example.co.uk"]);

    const minji = byRcpt.get("minji@example.com")!;
    expect(minji.to && !Array.isArray(minji.to) ? minji.to.text : "").toContain("minji@example.com");
    // 23:00 UTC on the 13th is already 08:00 on the 14th in Seoul: her issue is Wednesday's.
    expect(minji.subject).toMatch(/^Asia Briefing — Wed 14 Jan 2026: /);
    expect(minji.html).toContain("South Korea and Japan agree to share chip supply-chain alerts");
    expect(minji.html).toContain("Japan opens Osaka port talks");
    expect(minji.html).not.toContain("yuan slides");
    expect(minji.text).toContain("South Korea and Japan agree to share chip supply-chain alerts");
    expect(minji.text).not.toContain("yuan slides");

    const dana = byRcpt.get("dana@example.com")!;
    expect(dana.subject).toContain("China's central bank holds rates as yuan slides");
    expect(dana.html).not.toContain("Osaka");

    const oliver = byRcpt.get("oliver@example.co.uk")!;
    for (const title of ["yuan slides", "Osaka port", "chip supply-chain"]) expect(oliver.html).toContain(title);
    for (const mail of [minji, dana, oliver]) {
      expect(mail.html).not.toContain("German coalition");
      expect(headerLine(mail, "list-unsubscribe")).toMatch(/^List-Unsubscribe:\s*<http:\/\/127\.0\.0\.1:8787\/unsubscribe\?token=[\w.-]+>$/);
      expect(headerLine(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(mail.messageId).toMatch(/^<[^@\s]+@example\.com>$/);
      expect(mail.html).toContain("1 Example Street, Singapore 018956");
    }
  });

  it("delivers nothing the second time", async () => {
    const before = received.length;
    const run = await send();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sent 0, already sent 3/);
    expect(received.length).toBe(before);
  });

  it("writes the same messages to an outbox, once", async () => {
    const out = await digest(["send", "--config", join(dir, "config"), "--as-of", AS_OF, "--state", join(dir, "outbox-ledger.sqlite")]);
    expect(out.code, out.stderr).toBe(0);
    const files = (await readdir(join(dir, "outbox"), { recursive: true })).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(3);
    const htmlFiles = (await readdir(join(dir, "outbox"), { recursive: true })).filter((f) => f.endsWith(".html"));
    expect(htmlFiles).toHaveLength(3);
    const eml = await simpleParser(await readFile(join(dir, "outbox", files[0]!)));
    expect(headerLine(eml, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const again = await digest(["send", "--config", join(dir, "config"), "--as-of", AS_OF, "--state", join(dir, "outbox-ledger.sqlite")]);
    expect(again.stdout).toMatch(/sent 0, already sent 3/);
  });
});

describe("several workers sharing a Redis ledger", () => {
  it("deliver each copy once between them", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: SUBSCRIBERS });
    const namespace = `e2e-${process.pid}-${Date.now()}`;
    const args = ["send", "--config", join(dir, "config"), "--as-of", AS_OF, "--state", `redis://127.0.0.1:6379/?namespace=${namespace}`];
    const env = { DIGEST_SECRET: "shared-between-workers" };
    const redis = new Redis("redis://127.0.0.1:6379");
    try {
      const [a, b] = await Promise.all([digest(args, { env }), digest(args, { env })]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const sent = [a, b].map((r) => Number(/sent (\d+),/.exec(r.stdout)![1]));
      expect(sent[0]! + sent[1]!).toBe(3);
      const files = (await readdir(join(dir, "outbox"), { recursive: true })).filter((f) => f.endsWith(".eml"));
      expect(files).toHaveLength(3);
    } finally {
      const keys = await redis.keys(`{${namespace}}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });
});

describe("bad input at the command line", () => {
  it("a broken config exits 2 naming file, line and field", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: "subscribers:\n  - email: someone@example.com\n    timezone: Mars/Base\n" });
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/subscribers\.yaml:3:\d+ subscribers\[0\]\.timezone: expected an IANA time zone/);
  });

  it("a source folder that does not exist fails the check, naming its line", async () => {
    const dir = await tempConfig({ sources: [join(BRIEFS, "no-such-folder")], subscribers: "subscribers:\n  - email: someone@example.com\n" });
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/digest\.yaml:\d+ sources\[0\]: expected a folder, a file or a feed URL, found ".*no-such-folder", which does not exist/);
    expect(run.stdout).not.toContain("digest.yaml: ok");
  });

  it("an unknown option exits 2", async () => {
    const run = await digest(["send", "--frobnicate"]);
    expect(run.code).toBe(2);
  });

  it("a malformed --as-of exits 2: no day that does not exist, no time without its zone", async () => {
    for (const [value, said] of [["yesterday", "expected an ISO 8601 time"], ["2026-02-30T00:00:00Z", "expected an ISO 8601 time"], ["2026-01-14T07:00", "has no time zone; add Z for UTC"]]) {
      const run = await digest(["send", "--dry-run", "--as-of", value!]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(said);
    }
  });

  it("a reader, a source or a command that is not there exits 2", async () => {
    const to = await digest(["send", "--to", "minji.prak@example.com"]);
    expect(to.code).toBe(2);
    expect(to.stderr).toContain("--to: no subscriber minji.prak@example.com in config/subscribers.yaml");
    const source = await digest(["send", "--dry-run", "--source", "/no/such/briefs"]);
    expect(source.code).toBe(2);
    expect(source.stderr).toContain("--source /no/such/briefs: no such file or folder");
    const none = await digest([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: digest");
  });
});
