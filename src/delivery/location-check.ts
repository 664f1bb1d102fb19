// Whether the state and the outbox can be used where the config puts them, without creating anything:
// `config check` reports what the first run would trip over, naming the place and why.
import { accessSync, constants } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { DigestError } from "../domain/errors.ts";
import { kindOf } from "./folder.ts";
import { isRedisState } from "./ledger.ts";
import { openRedisLedgerAt } from "./redis-ledger.ts";

/** Why nothing could be written at `path` (a file, or a folder with `folder`), or undefined when it can. */
export function whyNotWritable(path: string, kind: "file" | "folder"): string | undefined {
  const here = kindOf(path);
  if (here !== "missing") {
    if (kind === "folder" && here === "file") return `${path} is a file, not a folder`;
    if (kind === "file" && here === "folder") return `${path} is a folder, not a file`;
    return writable(path) ? undefined : `${path} is read-only`;
  }
  // The nearest place that exists must be a folder we may write in: the rest is made on the first run.
  for (let at = dirname(path); ; at = dirname(at)) {
    const k = kindOf(at);
    if (k === "file") return `${at} is a file, not a folder`;
    if (k === "folder") return writable(at) ? undefined : `cannot create anything in ${at} (read-only or permission denied)`;
    if (dirname(at) === at) return `nothing of ${path} exists`;
  }
}

/** Why the ledger at `state` (a SQLite file or a redis:// URL) cannot be used, or undefined when it can. */
export async function whyStateUnusable(state: string): Promise<string | undefined> {
  if (isRedisState(state)) return redisProblem(state);
  const place = whyNotWritable(state, "file");
  if (place) return place;
  if (kindOf(state) === "missing") return undefined;
  if (!writable(dirname(state))) return `${dirname(state)} is read-only (SQLite writes its journal beside the file)`;
  try {
    const db = new Database(state, { readonly: true, fileMustExist: true });
    try {
      db.prepare("SELECT count(*) FROM sqlite_master").get();
    } finally {
      db.close();
    }
    return undefined;
  } catch (e) {
    return /not a database/i.test((e as Error).message) ? `${state} is not a SQLite database` : `${state}: ${(e as Error).message}`;
  }
}

async function redisProblem(state: string): Promise<string | undefined> {
  const ledger = openRedisLedgerAt(state);
  try {
    await ledger.recent(1);
    return undefined;
  } catch (e) {
    return e instanceof DigestError ? e.message.replace(/^state /, "") : (e as Error).message;
  } finally {
    await ledger.close();
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
