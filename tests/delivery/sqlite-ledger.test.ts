import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteLedger } from "../../src/delivery/sqlite-ledger.ts";
import { SCHEMA_VERSION } from "../../src/delivery/sqlite-schema.ts";
import { ledgerContract } from "./ledger-contract.ts";

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "digest-ledger-"));
}

ledgerContract("sqlite", async () => {
  const dir = await tempDir();
  const file = join(dir, "state", "ledger.sqlite");
  return { open: () => openSqliteLedger(file), dispose: () => rm(dir, { recursive: true, force: true }) };
});

describe("sqlite ledger file", () => {
  it("creates its folder, runs in WAL mode and records its schema version", async () => {
    const dir = await tempDir();
    const file = join(dir, "nested", "deeper", "ledger.sqlite");
    openSqliteLedger(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: SCHEMA_VERSION }]);
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("names the state file and what is wrong with it: not a database, under a file, where no folder can be made", async () => {
    const dir = await tempDir();
    const junk = join(dir, "junk.sqlite");
    await writeFile(junk, Buffer.alloc(8192, 7));
    expect(() => openSqliteLedger(junk)).toThrow(/state .*junk\.sqlite: not a SQLite database/);
    const plain = join(dir, "plain");
    await writeFile(plain, "x");
    expect(() => openSqliteLedger(join(plain, "d.sqlite"))).toThrow(/plain is a file, not a folder/);
    expect(() => openSqliteLedger("/proc/no-such-folder/d.sqlite")).toThrow(/cannot create \/proc\/no-such-folder/);
  });

  it("refuses a file written by a newer version", async () => {
    const dir = await tempDir();
    const file = join(dir, "ledger.sqlite");
    openSqliteLedger(file).close();
    const db = new Database(file);
    db.prepare("UPDATE schema_version SET version = ?").run(SCHEMA_VERSION + 1);
    db.close();
    expect(() => openSqliteLedger(file)).toThrow(/newer than this program/);
    await rm(dir, { recursive: true, force: true });
  });

  it("after a crash mid-send, a new process re-claims the delivery with the same messageId", async () => {
    const dir = await tempDir();
    const file = join(dir, "ledger.sqlite");
    const key = { digestId: "asia-daily", issue: "2026-01-13", email: "minji@example.com" };
    const first = openSqliteLedger(file, { leaseMs: 60_000 });
    expect(first.claim(key, "ed-1", "<first@example.com>", new Date("2026-01-13T07:00:00Z"))).toMatchObject({ row: { status: "sending" } });
    // the process dies here: no markSent, no close

    const second = openSqliteLedger(file, { leaseMs: 60_000 });
    const row = second.claim(key, "ed-1", "<second@example.com>", new Date("2026-01-13T07:01:00Z"));
    expect(row).toMatchObject({ row: { status: "sending", attempts: 2, messageId: "<first@example.com>" } });
    second.markSent(key, new Date("2026-01-13T07:01:01Z"), { response: "250 OK" });
    expect(openSqliteLedger(file).claim(key, "ed-1", "<third@example.com>", new Date("2026-01-14T00:00:00Z"))).toEqual({ refused: "sent" });
    first.close();
    second.close();
    await rm(dir, { recursive: true, force: true });
  });
});

describe("sqlite ledger shared by processes", () => {
  it("lets exactly one of two processes claim each delivery", async () => {
    const dir = await tempDir();
    const file = join(dir, "ledger.sqlite");
    openSqliteLedger(file).close();
    // Long enough a run that the two overlap even when a loaded machine wakes one of them late.
    const count = 2000;
    const workers = [1, 2].map(() => startWorker(file, count));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const [a, b] = await Promise.all(workers.map((w) => w.result));
    expect([...a!, ...b!].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(Math.min(a!.length, b!.length), "the two processes did not overlap").toBeGreaterThan(0);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);
});

function startWorker(file: string, count: number) {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "support", "claim-worker.ts"), file, String(count)], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith("ready\n")) onReady();
  });
  const result = new Promise<number[]>((resolve, reject) =>
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.slice("ready\n".length)) as number[]) : reject(new Error(`claim worker exited ${code}`)))),
  );
  return { ready, result, go: () => child.stdin.end("go\n") };
}
