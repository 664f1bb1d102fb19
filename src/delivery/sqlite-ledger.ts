// The ledger in one SQLite file (better-sqlite3, WAL): survives restarts, and claims are write transactions,
// so two processes on the same file never both claim a delivery.
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { DeliveryStatus } from "../domain/types.ts";
import {
  DEFAULT_LEASE_MS,
  decideClaim,
  normaliseEmail,
  normaliseKey,
  toDelivery,
  type Claim,
  type DeliveryKey,
  type Ledger,
  type StoredDelivery,
} from "./ledger.ts";
import { migrate } from "./sqlite-schema.ts";
import { ensureFolder } from "./folder.ts";
import { DigestError } from "../domain/errors.ts";

interface Row {
  digest_id: string;
  issue: string;
  email: string;
  edition_key: string;
  message_id: string;
  status: DeliveryStatus;
  attempts: number;
  permanent: number;
  error: string | null;
  response: string | null;
  claimed_at: number;
  updated_at: number;
}

// A state file that is no database, or that cannot be written, is the operator's to fix: say which and why.
function openDatabase(path: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
    migrate(db, path);
    return db;
  } catch (e) {
    if (e instanceof DigestError) throw e;
    const message = (e as Error).message;
    const why = /not a database/i.test(message) ? "not a SQLite database" : /readonly|read-only/i.test(message) ? "read-only" : /unable to open/i.test(message) ? "cannot be opened or created there" : message;
    throw new DigestError("CONFIG_INVALID", `state ${path}: ${why} (${message})`, { cause: e });
  }
}

/** Opens (creating the file, its folder and its schema as needed) the ledger at `path`. */
export function openSqliteLedger(path: string, opts: { leaseMs?: number } = {}): Ledger {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  if (path !== ":memory:") ensureFolder(dirname(path), "state");
  const db = openDatabase(path);

  const select = db.prepare<[string, string, string], Row>("SELECT * FROM deliveries WHERE digest_id = ? AND issue = ? AND email = ?");
  const upsert = db.prepare(
    `INSERT INTO deliveries (digest_id, issue, email, edition_key, message_id, status, attempts, permanent, error, response, claimed_at, updated_at)
     VALUES (@digest_id, @issue, @email, @edition_key, @message_id, @status, @attempts, @permanent, @error, @response, @claimed_at, @updated_at)
     ON CONFLICT (digest_id, issue, email) DO UPDATE SET edition_key = excluded.edition_key, message_id = excluded.message_id,
       status = excluded.status, attempts = excluded.attempts, permanent = excluded.permanent, error = excluded.error,
       response = excluded.response, claimed_at = excluded.claimed_at, updated_at = excluded.updated_at`,
  );
  const suppressed = db.prepare<[string, string], { n: number }>("SELECT count(*) AS n FROM suppressions WHERE email = ? AND digest_id IN (?, '*')");
  const insertSuppression = db.prepare(
    "INSERT INTO suppressions (email, digest_id, reason, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (email, digest_id) DO UPDATE SET reason = excluded.reason",
  );
  const recent = db.prepare<[number], Row>("SELECT * FROM deliveries ORDER BY updated_at DESC LIMIT ?");
  const recentIn = db.prepare<[string, number], Row>("SELECT * FROM deliveries WHERE status = ? ORDER BY updated_at DESC LIMIT ?");
  const deleteSuppression = db.prepare<[string, string, string]>("DELETE FROM suppressions WHERE email = ? AND (digest_id = ? OR ? = '*')");
  const listSuppressions = db.prepare<[], { email: string; digest_id: string; reason: string }>("SELECT email, digest_id, reason FROM suppressions ORDER BY created_at DESC");

  const get = (k: DeliveryKey) => {
    const row = select.get(k.digestId, k.issue, k.email);
    return row ? fromRow(row) : undefined;
  };
  const put = (row: StoredDelivery) => upsert.run(toRow(row));
  const isSuppressed = (email: string, digestId: string) => suppressed.get(normaliseEmail(email), digestId)!.n > 0;

  // IMMEDIATE takes the write lock before reading, so the read-decide-write of a claim is atomic across processes.
  const claim = db.transaction((key: DeliveryKey, editionKey: string, messageId: string, now: Date): Claim => {
    const decided = decideClaim(get(key), isSuppressed(key.email, key.digestId), key, editionKey, messageId, now, leaseMs);
    if (decided.store) put(decided.store);
    return decided.claim;
  });
  const update = db.transaction((raw: DeliveryKey, change: (row: StoredDelivery) => StoredDelivery) => {
    const key = normaliseKey(raw);
    const row = get(key);
    if (!row) throw new Error(`${path}: no delivery ${key.digestId}/${key.issue}/${key.email} to update (claim it first)`);
    put(change(row));
  });

  return {
    claim: (key, editionKey, messageId, now) => claim.immediate(normaliseKey(key), editionKey, messageId, now),
    markSent(key, now, info) {
      update.immediate(key, (row) => {
        const { error: _e, ...rest } = row;
        return { ...rest, status: "sent", updatedAt: now, ...(info.response !== undefined ? { response: info.response } : {}), ...(info.messageId ? { messageId: info.messageId } : {}) };
      });
    },
    markFailed(key, now, error, permanent) {
      update.immediate(key, (row) => ({ ...row, status: "failed", error, permanent, updatedAt: now }));
    },
    suppress(email, digestId, reason, now) {
      insertSuppression.run(normaliseEmail(email), digestId, reason, now.getTime());
    },
    isSuppressed,
    unsuppress(email, digestId) {
      deleteSuppression.run(normaliseEmail(email), digestId, digestId);
    },
    suppressions: () => listSuppressions.all().map((r) => ({ email: r.email, digestId: r.digest_id, reason: r.reason })),
    find(key) {
      const row = get(normaliseKey(key));
      return row ? toDelivery(row) : undefined;
    },
    recent(limit, status) {
      const n = Math.max(0, Math.floor(limit));
      return (status ? recentIn.all(status, n) : recent.all(n)).map((r) => toDelivery(fromRow(r)));
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function fromRow(r: Row): StoredDelivery {
  return {
    digestId: r.digest_id,
    issue: r.issue,
    email: r.email,
    editionKey: r.edition_key,
    messageId: r.message_id,
    status: r.status,
    attempts: r.attempts,
    ...(r.error !== null ? { error: r.error } : {}),
    ...(r.response !== null ? { response: r.response } : {}),
    updatedAt: new Date(r.updated_at),
    permanent: r.permanent === 1,
    claimedAt: r.claimed_at,
  };
}

function toRow(d: StoredDelivery): Row {
  return {
    digest_id: d.digestId,
    issue: d.issue,
    email: d.email,
    edition_key: d.editionKey,
    message_id: d.messageId,
    status: d.status,
    attempts: d.attempts,
    permanent: d.permanent ? 1 : 0,
    error: d.error ?? null,
    response: d.response ?? null,
    claimed_at: d.claimedAt,
    updated_at: d.updatedAt.getTime(),
  };
}
