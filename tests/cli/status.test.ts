import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteLedger } from "../../src/delivery/sqlite-ledger.ts";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

describe("digest status", () => {
  it("counts the copies an interrupted run left in flight and says the next send takes them up", async () => {
    const dir = await tempConfig({ sources: [join(ROOT, "tests/fixtures/e2e/briefs")], subscribers: "subscribers:\n  - email: minji@example.com\n    timezone: Asia/Seoul\n" });
    const ledger = openSqliteLedger(join(dir, "state", "digest.sqlite"));
    await ledger.claim({ digestId: "asia-daily", issue: "2026-01-14", email: "minji@example.com" }, "edition", "<m@example.com>", new Date());
    await ledger.close();
    const run = await digest(["status", "--config", join(dir, "config")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sending\s+asia-daily 2026-01-14\s+minji@example\.com\s+1 run$/m);
    expect(run.stdout).toContain("1 shown: 0 sent, 0 failed, 0 suppressed, 1 in flight (left by an interrupted run; the next send takes them up).");
    const failed = await digest(["status", "--failed", "--config", join(dir, "config")]);
    expect(failed.stdout).toMatch(/^No failed deliveries \(ledger .*digest\.sqlite\)\.$/m);
    expect((await digest(["status", "--limit", "ten", "--config", join(dir, "config")])).code).toBe(2);
  });

  it("makes no ledger where --state points at nothing, and says so", async () => {
    const dir = await tempConfig({ sources: [join(ROOT, "tests/fixtures/e2e/briefs")], subscribers: "subscribers: []\n" });
    const typo = join(dir, "stat", "digest.sqlite");
    const run = await digest(["status", "--config", join(dir, "config"), "--state", typo]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`No ledger at ${typo}: nothing has been sent with this state`);
    expect(existsSync(join(dir, "stat"))).toBe(false);
  });
});
