import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { deliverAll } from "../../src/delivery/deliver.ts";
import { openRedisLedger } from "../../src/delivery/redis-ledger.ts";
import { transportFromUrl } from "../../src/delivery/transport.ts";
import { ledgerContract } from "./ledger-contract.ts";
import { aJob, clock } from "./support/builders.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";

// This machine runs Redis on 127.0.0.1:6379; every test works under a random namespace and deletes it.
const URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function dropNamespace(namespace: string): Promise<void> {
  const redis = new Redis(URL);
  const keys = await redis.keys(`{${namespace}}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

const aNamespace = () => `digest-test-${randomBytes(6).toString("hex")}`;

ledgerContract("redis", async () => {
  const namespace = aNamespace();
  return { open: () => openRedisLedger({ url: URL, namespace }), dispose: () => dropNamespace(namespace) };
});

describe("redis ledger with several workers", () => {
  it("two workers delivering the same batch send each copy once", async () => {
    const namespace = aNamespace();
    const sink = await startSmtpSink();
    const workers = [1, 2].map(() => ({ ledger: openRedisLedger({ url: URL, namespace }), transport: transportFromUrl(`smtp://127.0.0.1:${sink.port}`, {}), clock }));
    const readers = Array.from({ length: 20 }, (_, i) => `reader${i}@example.com`);
    const summaries = await Promise.all(workers.map((deps) => deliverAll(readers.map((e) => aJob(e)), { ...deps, concurrency: 3 })));

    expect(summaries[0]!.sent + summaries[1]!.sent).toBe(20);
    // Each copy the other worker took is either in its hands still or already sent when this one reaches it.
    expect(summaries.reduce((n, s) => n + s.skipped + s.inFlight, 0)).toBe(20);
    expect(sink.received.map((r) => r.to[0]).sort()).toEqual([...readers].sort());
    expect((await workers[0]!.ledger.recent(50)).every((d) => d.status === "sent")).toBe(true);

    for (const w of workers) {
      await w.ledger.close();
      await w.transport.close();
    }
    await sink.close();
    await dropNamespace(namespace);
  });
});

describe("redis ledger that cannot be reached", () => {
  it("says where the state is and that Redis does not answer", async () => {
    const ledger = openRedisLedger({ url: "redis://127.0.0.1:1/", namespace: aNamespace() });
    await expect(ledger.claim({ digestId: "d", issue: "2026-01-13", email: "a@example.com" }, "e", "m", new Date())).rejects.toThrow(/state redis:\/\/127\.0\.0\.1:1\/: Redis is unreachable \(.*ECONNREFUSED/);
    await ledger.close().catch(() => undefined);
  });
});
