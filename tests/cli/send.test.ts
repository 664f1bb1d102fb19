import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteLedger } from "../../src/delivery/sqlite-ledger.ts";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

describe("digest send", () => {
  it("tells a copy another run holds from one already sent, and sends neither", async () => {
    const dir = await tempConfig({
      sources: [join(ROOT, "tests/fixtures/e2e/briefs")],
      subscribers: "subscribers:\n  - email: minji@example.com\n    timezone: Asia/Seoul\n  - email: dana@example.com\n    timezone: Asia/Seoul\n",
    });
    const args = ["send", "--config", join(dir, "config"), "--as-of", "2026-01-13T23:00:00Z"];
    // Another run has just claimed Minji's copy and not finished: its lease holds.
    const ledger = openSqliteLedger(join(dir, "state", "digest.sqlite"));
    ledger.claim({ digestId: "asia-daily", issue: "2026-01-14", email: "minji@example.com" }, "edition", "<m@example.com>", new Date());
    ledger.close();

    const first = await digest(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/in flight minji@example\.com \(asia-daily 2026-01-14\): another run holds this copy; if that run stopped, the next send takes it up after 10 minutes/);
    expect(first.stdout).toMatch(/sent 1, already sent 0, in flight 1, suppressed 0, failed 0/);

    const second = await digest(args);
    expect(second.stdout).toMatch(/already {3}dana@example\.com \(asia-daily 2026-01-14\): sent/);
    expect(second.stdout).toMatch(/sent 0, already sent 1, in flight 1, suppressed 0/);
  });

  it("names the readers a halted batch left for the next run", async () => {
    // Four copies go out at once; the first refusal halts the batch, so the last two wait.
    const readers = ["a", "b", "c", "d", "e", "f"].map((n) => `  - email: ${n}@example.com\n    timezone: Asia/Seoul\n`).join("");
    const dir = await tempConfig({ sources: [join(ROOT, "tests/fixtures/e2e/briefs")], subscribers: `subscribers:\n${readers}` });
    // Port 1 on loopback: nothing listens, every connection is refused.
    const run = await digest(["send", "--config", join(dir, "config"), "--as-of", "2026-01-13T23:00:00Z", "--transport", "smtp://127.0.0.1:1"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/HALTED after 1 failure in a row: 2 left for the next run \(is the mail server up\?\): e@example\.com, f@example\.com$/m);
    expect(run.stdout).toMatch(/failed 4, deferred 2;/);
  });

  it("dry-runs from the ledger: a copy already sent and a reader who left are skipped, and no state is made where there is none", async () => {
    const dir = await tempConfig({
      sources: [join(ROOT, "tests/fixtures/e2e/briefs")],
      subscribers: "subscribers:\n  - email: minji@example.com\n    timezone: Asia/Seoul\n  - email: dana@example.com\n    timezone: Asia/Seoul\n  - email: kenji@example.com\n    timezone: Asia/Seoul\n",
    });
    const args = ["send", "--config", join(dir, "config"), "--as-of", "2026-01-13T23:00:00Z"];
    const fresh = await digest([...args, "--dry-run"]);
    expect(fresh.stdout).toMatch(/dry run: would send 3, already sent 0/);
    expect(existsSync(join(dir, "state"))).toBe(false);

    expect((await digest([...args, "--to", "minji@example.com"])).stdout).toMatch(/sent 1,/);
    const ledger = openSqliteLedger(join(dir, "state", "digest.sqlite"));
    ledger.suppress("dana@example.com", "*", "unsubscribed", new Date());
    ledger.close();
    const dry = await digest([...args, "--dry-run"]);
    expect(dry.stdout).toMatch(/would skip minji@example\.com \(asia-daily 2026-01-14\): already sent/);
    expect(dry.stdout).toMatch(/would skip dana@example\.com \(asia-daily 2026-01-14\): unsubscribed or bounced/);
    expect(dry.stdout).toMatch(/would send kenji@example\.com \(asia-daily 2026-01-14\)/);
    expect(dry.stdout).toMatch(/dry run: would send 1, already sent 1, suppressed 1/);
    expect((await digest(args)).stdout).toMatch(/sent 1, already sent 1, suppressed 1/);
  });
});
