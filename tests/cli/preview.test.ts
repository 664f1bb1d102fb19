import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openSqliteLedger } from "../../src/delivery/sqlite-ledger.ts";
import { digest, ROOT, tempConfig } from "../support/cli.ts";

describe("digest preview", () => {
  it("without --to, shows the first active reader who has not unsubscribed", async () => {
    const dir = await tempConfig({
      sources: [join(ROOT, "tests/fixtures/e2e/briefs")],
      subscribers: "subscribers:\n  - email: left@example.com\n    timezone: Asia/Seoul\n  - email: stays@example.com\n    timezone: Asia/Seoul\n",
    });
    const state = join(dir, "state", "digest.sqlite");
    const ledger = openSqliteLedger(state);
    ledger.suppress("left@example.com", "*", "unsubscribed", new Date());
    ledger.close();
    const run = await digest(["preview", "--config", join(dir, "config"), "--as-of", "2026-01-13T20:00:00Z", "--text"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^stays@example\.com: next asia-daily/m);
  });
});
