import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it } from "vitest";
import { digest, ROOT, tempConfig } from "../support/cli.ts";
import { startSmtpSink } from "../delivery/support/smtp-sink.ts";

const SUBSCRIBERS = `subscribers:
  - email: minji@example.com
    timezone: Asia/Seoul
    countries: [KR, JP]
  - email: oliver@example.co.uk
    timezone: Europe/London
`;

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Collects a child's output and resolves when a line matching `pattern` has appeared. */
function waitFor(child: ChildProcess, out: { text: string }, pattern: RegExp, ms = 90_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out.text}`)), ms);
    const check = () => {
      if (pattern.test(out.text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    check();
  });
}

describe("digest run, the service", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("sends what is due, serves one-click unsubscribe, keeps its last good config, and stops cleanly", async () => {
    const port = await freePort();
    const dir = await tempConfig({ sources: [join(ROOT, "tests/fixtures/e2e/briefs")], subscribers: SUBSCRIBERS, window: "48h" });
    const configDir = join(dir, "config");
    const service = await readFile(join(configDir, "digest.yaml"), "utf8");
    await writeFile(join(configDir, "digest.yaml"), `${service.replace("http://127.0.0.1:8787", `http://127.0.0.1:${port}`)}server:\n  port: ${port}\n`);

    const out = { text: "" };
    child = spawn(process.execPath, [join(ROOT, "bin/digest.js"), "run", "--config", configDir, "--as-of", "2026-01-13T23:00:00Z"], { cwd: dir });
    child.stdout!.on("data", (d: Buffer) => (out.text += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out.text += d.toString()));
    await waitFor(child, out, /Next run: 2026-01-14T07:00:00\.000Z/);
    expect(out.text).toMatch(/sent 2, already sent 0/);

    const eml = await simpleParser(await readFile(join(dir, "outbox", "2026-01-14", "asia-daily--minji@example.com.eml")));
    const header = eml.headerLines.find((h) => h.key === "list-unsubscribe")!.line;
    const url = /<(http[^>]+)>/.exec(header)![1]!;
    expect(url.startsWith(`http://127.0.0.1:${port}/unsubscribe?token=`)).toBe(true);

    // A mail scanner's GET must not unsubscribe; the RFC 8058 POST does.
    expect((await fetch(url)).status).toBe(200);
    const forged = await fetch(url.replace(/.$/, (c) => (c === "A" ? "B" : "A")), { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect(forged.status).toBe(400);
    const post = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain("You are unsubscribed");

    await writeFile(join(configDir, "subscribers.yaml"), "subscribers:\n  - email: [broken\n");
    await waitFor(child, out, /Keeping the last good config/);
    expect(out.text).toMatch(/subscribers\.yaml:\d+:\d+/);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    const exited = new Promise<number | null>((r) => child!.once("exit", (code) => r(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    child = undefined;

    // The next morning: the reader who left gets nothing; the other gets the next issue.
    await writeFile(join(configDir, "subscribers.yaml"), SUBSCRIBERS);
    const next = await digest(["send", "--config", configDir, "--as-of", "2026-01-14T23:00:00Z", "--source", join(ROOT, "tests/fixtures/e2e/briefs")]);
    expect(next.stdout).toContain("suppressed minji@example.com");
    const status = await digest(["status", "--config", configDir]);
    expect(status.stdout).toMatch(/suppressed\s+asia-daily 2026-01-15\s+minji@example\.com/);
    const suppressed = await digest(["status", "--suppressed", "--config", configDir]);
    expect(suppressed.stdout).toMatch(/minji@example\.com\s+asia-daily\s+unsubscribed/);

    // She asks to come back: the operator lifts it, and the next issue reaches her.
    const back = await digest(["subscribers", "resubscribe", "minji@example.com", "--config", configDir]);
    expect(back.code, back.stderr).toBe(0);
    expect((await digest(["status", "--suppressed", "--config", configDir])).stdout).toContain("0 suppressed");
    const after = await digest(["send", "--config", configDir, "--as-of", "2026-01-14T23:00:00Z", "--to", "minji@example.com", "--source", join(ROOT, "tests/fixtures/e2e/briefs")]);
    expect(after.stdout).toMatch(/sent 1,/);
  });

  it("reloads a config edited while a batch is sending without sending anyone twice, and serves the new readers' previews", async () => {
    const [port, previewPort] = [await freePort(), await freePort()];
    const sink = await startSmtpSink({ acceptAfterMs: 300 });
    const readers = Array.from({ length: 12 }, (_, i) => `  - email: reader${i}@example.com\n    timezone: Asia/Seoul\n`).join("");
    const dir = await tempConfig({ sources: [join(ROOT, "tests/fixtures/e2e/briefs")], subscribers: `subscribers:\n${readers}`, window: "48h" });
    const configDir = join(dir, "config");
    const service = await readFile(join(configDir, "digest.yaml"), "utf8");
    await writeFile(join(configDir, "digest.yaml"), `${service.replace("transport: outbox:../outbox", `transport: smtp://127.0.0.1:${sink.port}`)}server:\n  port: ${port}\n`);

    const out = { text: "" };
    child = spawn(process.execPath, [join(ROOT, "bin/digest.js"), "run", "--config", configDir, "--as-of", "2026-01-13T23:00:00Z", "--preview-port", String(previewPort)], { cwd: dir });
    child.stdout!.on("data", (d: Buffer) => (out.text += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out.text += d.toString()));
    // The first copies are in; the rest of the batch is still with the slow server when the operator adds a reader.
    await waitFor(child, out, /submitted reader/);
    await writeFile(join(configDir, "subscribers.yaml"), `subscribers:\n${readers}  - email: late@example.com\n    timezone: Asia/Seoul\n`);
    await waitFor(child, out, /Config reloaded\./);
    await waitFor(child, out, /Next run:/);
    expect(out.text).not.toMatch(/send failed|not open|FAILED/);
    expect(out.text).toMatch(/sent 12, already sent 0/);
    expect((await fetch(`http://127.0.0.1:${previewPort}/preview/late%40example.com`)).status).toBe(200);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, lastRun: { sent: 12, failed: 0, deferred: 0 } });

    const exited = new Promise<number | null>((r) => child!.once("exit", (code) => r(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    child = undefined;
    const status = await digest(["status", "--config", configDir]);
    expect(status.stdout).toMatch(/12 shown: 12 sent, 0 failed, 0 suppressed\./);
    expect(sink.received.map((r) => r.to[0]).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `reader${i}@example.com`).sort());
    await sink.close();
  });
});
