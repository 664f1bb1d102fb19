import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

const BRIEFS = join(ROOT, "tests/fixtures/e2e/briefs");
const READERS = "subscribers:\n  - email: someone@example.com\n";

async function withService(dir: string, change: (yaml: string) => string): Promise<void> {
  const file = join(dir, "config", "digest.yaml");
  await writeFile(file, change(await readFile(file, "utf8")));
}

describe("digest config check: the places a run writes", () => {
  it("says ok for a state and outbox not made yet, and makes neither", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/digest\.yaml: ok — .*state .*digest\.sqlite/);
    expect(existsSync(join(dir, "state"))).toBe(false);
    expect(existsSync(join(dir, "outbox"))).toBe(false);
  });

  it("fails on a state file that is no SQLite database, naming its line", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await mkdir(join(dir, "state"));
    await writeFile(join(dir, "state", "digest.sqlite"), "these are notes, not a database\n".repeat(100));
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/digest\.yaml:\d+ state: the ledger cannot be kept here: .*digest\.sqlite is not a SQLite database/);
    expect(run.stdout).not.toContain("digest.yaml: ok");
  });

  it("fails on a state or outbox under a file", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await writeFile(join(dir, "plain-file"), "x");
    await withService(dir, (y) => y.replace("state: ../state/digest.sqlite", "state: ../plain-file/digest.sqlite").replace("transport: outbox:../outbox", "transport: outbox:../plain-file/outbox"));
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/digest\.yaml:\d+ state: the ledger cannot be kept here: .*plain-file is a file, not a folder/);
    expect(run.stderr).toMatch(/digest\.yaml:\d+ transport: the outbox cannot be written: .*plain-file is a file, not a folder/);
  });

  it("fails on a Redis state nobody answers at, and one without DIGEST_SECRET", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await withService(dir, (y) => y.replace("state: ../state/digest.sqlite", "state: redis://127.0.0.1:1"));
    const unreachable = await digest(["config", "check", "--config", join(dir, "config")], { env: { DIGEST_SECRET: "a-long-enough-secret-for-the-tests-0123456789" } });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/digest\.yaml:\d+ state: the ledger cannot be kept here: redis:\/\/127\.0\.0\.1:1\/?: Redis is unreachable/);
    const run = await digest(["config", "check", "--config", join(dir, "config")], { env: { DIGEST_SECRET: "" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/digest\.yaml:\d+:\d+ state: expected a SQLite file, or DIGEST_SECRET set in the environment for a Redis state/);
  });

  it("says ok for the Redis this machine runs", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await withService(dir, (y) => y.replace("state: ../state/digest.sqlite", "state: redis://127.0.0.1:6379?namespace=config-check-test"));
    const run = await digest(["config", "check", "--config", join(dir, "config")], { env: { DIGEST_SECRET: "a-long-enough-secret-for-the-tests-0123456789" } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/state redis:\/\/127\.0\.0\.1:6379/);
  });

  it("fails on a transport no message could leave by, naming its line and keeping its password out", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    for (const [transport, why] of [["smtp://", "no host"], ["smtp://mail.example.com:notaport", "not a valid URL"], ["outbox:", "outbox:DIR needs a folder"], ["smtp://me:hunter2@mail.example.com?pool=maybe", "?pool must be true or false"]] as const) {
      await withService(dir, (y) => y.replace(/^transport: .*$/m, `transport: "${transport}"`));
      const run = await digest(["config", "check", "--config", join(dir, "config")]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`transport: expected outbox:DIR, smtp://host:port or smtps://host:port (${why}`);
      expect(run.stderr).not.toContain("hunter2");
    }
  });

  it("notes a public unsubscribe address on plain http, not one on this machine", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    const local = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(local.stdout).not.toContain("plain http");
    await withService(dir, (y) => y.replace("baseUrl: http://127.0.0.1:8787", "baseUrl: http://digest.example.com"));
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("note: baseUrl http://digest.example.com is plain http: Gmail and Yahoo offer their one-click unsubscribe button only for https links");
  });

  it("says plainly when subscribers.yaml is missing", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await rm(join(dir, "config", "subscribers.yaml"));
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.stdout).toMatch(/note: .*subscribers\.yaml does not exist: nobody gets a digest/);
    expect(run.stdout).not.toContain("subscribers.yaml: ok");
  });

  it("notes a schedule that fires more than once a day: one issue a day goes out", async () => {
    const dir = await tempConfig({ sources: [BRIEFS], subscribers: READERS });
    await withService(dir, (y) => y.replace('schedule: "0 7 * * *"', 'schedule: "0 7,19 * * *"'));
    const run = await digest(["config", "check", "--config", join(dir, "config")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/note: .*digests\[0\]\.schedule "0 7,19 \* \* \*" fires more than once a day; each reader gets one issue a day, at the first\./);
  });
});
