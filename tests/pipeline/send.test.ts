import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { sendDue } from "../../src/pipeline/send.ts";
import { stableMessageId } from "../../src/delivery/message.ts";
import { domainOf } from "../../src/pipeline/messages.ts";
import { ROOT } from "../support/cli.ts";

describe("sendDue after a crash, with the digest's clock pinned", () => {
  it("takes up a copy a crashed run left in flight once its lease has passed in real time", async () => {
    const dir = await mkdtemp(join(tmpdir(), "digest-send-"));
    const asOf = new Date("2026-01-13T13:30:00Z");
    const app = await createApp({ configDir: "config", asOf, env: {}, cwd: ROOT, state: join(dir, "state.sqlite"), transport: `outbox:${join(dir, "outbox")}` });
    try {
      const { briefs } = await app.readBriefs();
      let real = new Date("2026-11-30T09:00:00Z");
      const ledgerClock = { now: () => new Date(real.getTime()) };
      const deps = { config: app.config, ledger: app.ledger(), transport: app.transport(), templates: app.templates(), links: app.links(), clock: app.clock, ledgerClock };
      // A run that crashed after claiming Minji's copy: in flight, never sent.
      const key = { digestId: "asia-daily", issue: "2026-01-13", email: "minji.park@example.com" };
      await app.ledger().claim(key, "e", stableMessageId(key.digestId, key.issue, key.email, domainOf(app.config.sender.address)), ledgerClock.now());
      const first = await sendDue(briefs, { asOf, to: [key.email] }, deps);
      expect(first.summary).toMatchObject({ sent: 0, skipped: 0, inFlight: 1 });
      real = new Date(real.getTime() + 11 * 60_000);
      const later = await sendDue(briefs, { asOf, to: [key.email] }, deps);
      expect(later.summary).toMatchObject({ sent: 1 });
    } finally {
      await app.close();
    }
  });
});
