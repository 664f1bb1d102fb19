// The SQLite ledger's schema, as an ordered list of migrations. A new version is a new entry; old ones never change.
import type Database from "better-sqlite3";

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE deliveries (
     digest_id   TEXT NOT NULL,
     issue       TEXT NOT NULL,
     email       TEXT NOT NULL,
     edition_key TEXT NOT NULL,
     message_id  TEXT NOT NULL,
     status      TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'suppressed')),
     attempts    INTEGER NOT NULL DEFAULT 0,
     permanent   INTEGER NOT NULL DEFAULT 0,
     error       TEXT,
     response    TEXT,
     claimed_at  INTEGER NOT NULL DEFAULT 0,
     updated_at  INTEGER NOT NULL,
     PRIMARY KEY (digest_id, issue, email)
   ) WITHOUT ROWID;
   CREATE INDEX deliveries_updated ON deliveries (updated_at DESC);
   CREATE TABLE suppressions (
     email      TEXT NOT NULL,
     digest_id  TEXT NOT NULL,
     reason     TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (email, digest_id)
   ) WITHOUT ROWID;`,
];

/** The version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file up to SCHEMA_VERSION in one write transaction (two processes opening a new file race safely); refuses a file written by newer code. */
export function migrate(db: Database.Database, file: string): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const step = db.transaction(() => {
    const row = db.prepare("SELECT version FROM schema_version").get() as { version: number } | undefined;
    const current = row?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(`${file}: ledger schema version ${current} is newer than this program's (${SCHEMA_VERSION}); upgrade briefing-digest`);
    }
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    if (row) db.prepare("UPDATE schema_version SET version = ?").run(SCHEMA_VERSION);
    else db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(SCHEMA_VERSION);
  });
  step.immediate();
}
