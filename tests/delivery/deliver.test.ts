import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverAll, type DeliveryDeps, type DeliveryEvent } from "../../src/delivery/deliver.ts";
import { DEFAULT_LEASE_MS } from "../../src/delivery/ledger.ts";
import { createMemoryLedger } from "../../src/delivery/memory-ledger.ts";
import { stableMessageId } from "../../src/delivery/message.ts";
import { outboxTransport } from "../../src/delivery/outbox-transport.ts";
import { openSqliteLedger } from "../../src/delivery/sqlite-ledger.ts";
import { transportFromUrl } from "../../src/delivery/transport.ts";
import { aJob, aMessage, clock, ISSUE } from "./support/builders.ts";
import { startSmtpSink, type Script, type SmtpSink } from "./support/smtp-sink.ts";

const READERS = ["minji@example.com", "oliver@example.co.uk", "dana@example.com"];

describe("deliverAll over SMTP", () => {
  let sink: SmtpSink;
  let deps: DeliveryDeps & { slept: number[] };
  const events: DeliveryEvent[] = [];

  const setUp = async (script: Script = {}) => {
    sink = await startSmtpSink(script);
    const slept: number[] = [];
    deps = {
      ledger: createMemoryLedger(),
      transport: transportFromUrl(`smtp://127.0.0.1:${sink.port}`, {}),
      clock,
      retry: { attempts: 3, baseDelayMs: 100 },
      sleep: async (ms) => void slept.push(ms),
      slept,
    };
  };
  beforeEach(() => {
    events.length = 0;
  });
  afterEach(async () => {
    await deps.transport.close();
    await sink.close();
  });

  it("sends every reader their copy, and nothing the second time, without even composing it", async () => {
    await setUp();
    const builds = { count: 0 };
    const first = await deliverAll(READERS.map((e) => aJob(e, builds)), deps, (e) => events.push(e));
    expect(first).toEqual({ sent: 3, skipped: 0, inFlight: 0, failedEarlier: 0, suppressed: 0, failed: 0, deferred: 0, failures: [] });
    expect(sink.received.map((r) => r.to[0]).sort()).toEqual([...READERS].sort());
    expect(events.filter((e) => e.type === "sent")).toHaveLength(3);

    const second = await deliverAll(READERS.map((e) => aJob(e, builds)), deps);
    expect(second).toEqual({ sent: 0, skipped: 3, inFlight: 0, failedEarlier: 0, suppressed: 0, failed: 0, deferred: 0, failures: [] });
    expect(sink.received).toHaveLength(3);
    expect(builds.count).toBe(3);
  });

  it("retries a 4xx with a doubling wait, then sends once", async () => {
    await setUp({ deferData: { "oliver@example.co.uk": 2 } });
    const summary = await deliverAll(READERS.map((e) => aJob(e)), deps, (e) => events.push(e));
    expect(summary.sent).toBe(3);
    expect(sink.dataTries.get("oliver@example.co.uk")).toBe(3);
    expect(sink.received.filter((r) => r.to[0] === "oliver@example.co.uk")).toHaveLength(1);
    expect(deps.slept).toEqual([100, 200]);
    expect(events.filter((e) => e.type === "retry").map((e) => e.email)).toEqual(["oliver@example.co.uk", "oliver@example.co.uk"]);
    expect(events.find((e) => e.type === "sent" && e.email === "oliver@example.co.uk")).toMatchObject({ tries: 3 });
  });

  it("gives up on a 4xx that outlasts the retries, and the next run tries again", async () => {
    await setUp({ deferData: { "oliver@example.co.uk": 4 } });
    const first = await deliverAll([aJob("oliver@example.co.uk")], deps);
    expect(first).toMatchObject({ sent: 0, failed: 1, failures: [{ email: "oliver@example.co.uk", error: expect.stringMatching(/451/) }] });
    const second = await deliverAll([aJob("oliver@example.co.uk")], deps);
    expect(second.sent).toBe(1);
    expect((await deps.ledger.recent(1))[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("marks a 5xx failed for good, without retrying, and goes on with the batch", async () => {
    await setUp({ rejectData: { "oliver@example.co.uk": { code: 554, text: "5.7.1 refused" } } });
    const summary = await deliverAll(READERS.map((e) => aJob(e)), deps, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 2, failed: 1, failures: [{ email: "oliver@example.co.uk" }] });
    expect(sink.dataTries.get("oliver@example.co.uk")).toBe(1);
    expect(deps.slept).toEqual([]);
    expect(events.find((e) => e.type === "failed")).toMatchObject({ email: "oliver@example.co.uk", permanent: true, suppressed: false });
    expect((await deliverAll([aJob("oliver@example.co.uk")], deps)).failedEarlier).toBe(1);
    expect(sink.dataTries.get("oliver@example.co.uk")).toBe(1);
  });

  it("suppresses an address the server says does not exist, once it has accepted someone", async () => {
    await setUp({ rejectRcpt: { "gone@example.com": { code: 550, text: "5.1.1 No such user" } } });
    const summary = await deliverAll([aJob("minji@example.com"), aJob("gone@example.com")], deps, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 1, failed: 1 });
    expect(events.find((e) => e.type === "failed")).toMatchObject({ email: "gone@example.com", permanent: true, suppressed: true });
    expect(await deps.ledger.isSuppressed("gone@example.com", "china-weekly")).toBe(true);
  });

  it("stops a batch after transient failures in a row and leaves the rest for the next run", async () => {
    const everyone = Array.from({ length: 6 }, (_, i) => `reader${i}@example.com`);
    await setUp({ rejectRcpt: Object.fromEntries(everyone.map((e) => [e, { code: 451, text: "4.3.0 Try again later" }])) });
    const summary = await deliverAll(everyone.map((e) => aJob(e)), { ...deps, haltAfter: 3 }, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 0, failed: 3, deferred: 3 });
    expect(events.find((e) => e.type === "halted")).toMatchObject({ afterFailures: 3, deferred: 3 });
  });

  it("stops a batch the server refuses address by address, and takes nobody off the list for it", async () => {
    const everyone = Array.from({ length: 8 }, (_, i) => `reader${i}@example.com`);
    await setUp({ rejectRcpt: Object.fromEntries(everyone.map((e) => [e, { code: 550, text: "5.1.1 No such user" }])) });
    const summary = await deliverAll(everyone.map((e) => aJob(e)), deps, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 0, failed: 5, deferred: 3 });
    expect(events.find((e) => e.type === "halted")).toMatchObject({ afterFailures: 5, deferred: 3 });
    for (const e of everyone) expect(await deps.ledger.isSuppressed(e, "china-weekly")).toBe(false);
  });

  it("takes a bounce from before the server's first acceptance off the list at the batch's end", async () => {
    await setUp({ rejectRcpt: { "gone@example.com": { code: 550, text: "5.1.1 No such user" } } });
    const summary = await deliverAll(["gone@example.com", ...READERS].map((e) => aJob(e)), deps, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 3, failed: 1 });
    expect(events.find((e) => e.type === "failed")).toMatchObject({ email: "gone@example.com", suppressed: false });
    expect(events.at(-1)).toMatchObject({ type: "bounced", email: "gone@example.com", error: expect.stringContaining("5.1.1") });
    expect(await deps.ledger.isSuppressed("gone@example.com", "asia-daily")).toBe(true);
  });

  it("skips a suppressed reader and counts them", async () => {
    await setUp();
    await deps.ledger.suppress("dana@example.com", "asia-daily", "unsubscribed", clock.now());
    const builds = { count: 0 };
    const summary = await deliverAll(READERS.map((e) => aJob(e, builds)), deps, (e) => events.push(e));
    expect(summary).toMatchObject({ sent: 2, suppressed: 1, skipped: 0 });
    expect(builds.count).toBe(2);
    expect(sink.received.map((r) => r.to[0])).not.toContain("dana@example.com");
    expect(events.find((e) => "email" in e && e.email === "dana@example.com")).toMatchObject({ type: "suppressed" });
  });

  it("reports a message that cannot be composed, sends the rest, and tries it again next run", async () => {
    await setUp();
    let broken = true;
    const flaky = aJob("minji@example.com", undefined, {
      build: () => {
        if (broken) throw new Error("template: missing partial 'footer'");
        return aMessage("minji@example.com");
      },
    });
    const first = await deliverAll([flaky, aJob("dana@example.com")], deps);
    expect(first).toMatchObject({ sent: 1, failed: 1, failures: [{ email: "minji@example.com", error: expect.stringMatching(/missing partial/) }] });
    broken = false;
    expect((await deliverAll([flaky], deps)).sent).toBe(1);
  });

  it("sends several at once when asked, each copy once", async () => {
    await setUp();
    const many = Array.from({ length: 12 }, (_, i) => `reader${i}@example.com`);
    const summary = await deliverAll(many.map((e) => aJob(e)), { ...deps, concurrency: 4 });
    expect(summary.sent).toBe(12);
    expect(new Set(sink.received.map((r) => r.to[0])).size).toBe(12);
  });
});

describe("deliverAll through a SQLite ledger and the outbox", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "digest-deliver-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("after a crash mid-send, a restarted run sends the copy again with the Message-ID it first claimed", async () => {
    const file = join(dir, "state", "ledger.sqlite");
    const key = { digestId: "asia-daily", issue: ISSUE, email: "minji@example.com" };
    const claimedWith = stableMessageId(key.digestId, key.issue, key.email, "example.com");
    // The first process claims, then dies before the transport answers.
    openSqliteLedger(file).claim(key, "ed-1", claimedWith, clock.now());

    const later = { now: () => new Date(clock.now().getTime() + DEFAULT_LEASE_MS) };
    const restarted = openSqliteLedger(file);
    const job = aJob("minji@example.com", undefined, {
      messageId: claimedWith,
      build: () => aMessage("minji@example.com", { messageId: "<changed-sender-domain@example.org>" }),
    });
    const summary = await deliverAll([job, aJob("dana@example.com")], { ledger: restarted, transport: outboxTransport(join(dir, "outbox")), clock: later });
    expect(summary).toMatchObject({ sent: 2, skipped: 0 });
    const rows = restarted.recent(10);
    expect(rows.find((r) => r.email === "minji@example.com")).toMatchObject({ status: "sent", attempts: 2, messageId: claimedWith });

    const mail = await simpleParser(await readFile(join(dir, "outbox", ISSUE, "asia-daily--minji@example.com.eml")));
    expect(mail.messageId).toBe(claimedWith);

    expect((await deliverAll([job], { ledger: openSqliteLedger(file), transport: outboxTransport(join(dir, "outbox")), clock: later })).skipped).toBe(1);
    expect((await readdir(join(dir, "outbox", ISSUE))).filter((f) => f.endsWith(".eml"))).toHaveLength(2);
    restarted.close();
  });

  it("records the message's own Message-ID when the job did not give one", async () => {
    const ledger = openSqliteLedger(join(dir, "ledger.sqlite"));
    await deliverAll([aJob("minji@example.com")], { ledger, transport: outboxTransport(join(dir, "outbox")), clock });
    expect(ledger.recent(1)[0]?.messageId).toBe(aMessage("minji@example.com").messageId);
    ledger.close();
  });
});

describe("deliverAll when the mail server is down", () => {
  it("halts at once when the server cannot be reached, without retrying, leaves the rest unclaimed, and a later run sends everyone once", async () => {
    const ledger = createMemoryLedger();
    const readers = Array.from({ length: 8 }, (_, i) => `reader${i}@example.com`);
    const dead = await startSmtpSink({});
    const deadPort = dead.port;
    await dead.close(); // nothing listens there now: every connection is refused
    const slept: number[] = [];
    const down: DeliveryDeps = { ledger, transport: transportFromUrl(`smtp://127.0.0.1:${deadPort}`, {}), clock, retry: { attempts: 2, baseDelayMs: 1 }, sleep: async (ms) => void slept.push(ms), haltAfter: 3 };
    const events: DeliveryEvent[] = [];
    const first = await deliverAll(readers.map((e) => aJob(e)), down, (e) => events.push(e));
    await down.transport.close();
    expect(first).toMatchObject({ sent: 0, failed: 1, deferred: 7 });
    expect(events.at(-1)).toMatchObject({ type: "halted", afterFailures: 1, deferred: 7 });
    expect((events.at(-1) as { left: { email: string }[] }).left.map((k) => k.email)).toEqual(readers.slice(1));
    expect(slept).toEqual([]);
    expect(await ledger.recent(100)).toHaveLength(1);

    const sink = await startSmtpSink({});
    const up: DeliveryDeps = { ledger, transport: transportFromUrl(`smtp://127.0.0.1:${sink.port}`, {}), clock, sleep: async () => {} };
    const second = await deliverAll(readers.map((e) => aJob(e)), up);
    await up.transport.close();
    await sink.close();
    expect(second).toMatchObject({ sent: 8, failed: 0, deferred: 0 });
    expect(sink.received.map((r) => r.to[0]).sort()).toEqual([...readers].sort());
  });
});
