// The one place that builds real adapters from the validated config and hands them down.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinRegions } from "./analysis/index.ts";
import { configEnv, loadConfig } from "./config/load.ts";
import type { Config } from "./config/types.ts";
import { isRedisState, type AnyLedger } from "./delivery/ledger.ts";
import { openRedisLedgerAt } from "./delivery/redis-ledger.ts";
import { openSqliteLedger } from "./delivery/sqlite-ledger.ts";
import { ensureFolder } from "./delivery/folder.ts";
import { transportFromUrl } from "./delivery/transport.ts";
import type { Transport } from "./delivery/transport.ts";
import { DigestError } from "./domain/errors.ts";
import type { Brief, Clock, InputProblem, RegionDefinition } from "./domain/types.ts";
import { gatherBriefs, UnderstandingCache } from "./pipeline/gather.ts";
import type { LinkSettings } from "./pipeline/messages.ts";
import { loadTemplates } from "./render/index.ts";
import type { Templates } from "./render/types.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "./sources/index.ts";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface AppOptions {
  configDir: string;
  /** Pins the clock (reproducible runs). */
  asOf?: Date;
  /** Replace the configured sources for this run. */
  sources?: string[];
  transport?: string;
  state?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface App {
  config: Config;
  clock: Clock;
  regions: RegionDefinition[];
  readBriefs(): Promise<{ briefs: Brief[]; problems: InputProblem[] }>;
  /** SQLite for one process; `redis://…` as the state for several workers sharing one ledger. */
  ledger(): AnyLedger;
  /** The ledger when there is one to read; undefined for a SQLite file not made yet. Commands that only read
   * (status, a dry run) must not make state where a mistyped --state points. */
  existingLedger(): AnyLedger | undefined;
  transport(): Transport;
  templates(): Templates;
  links(): LinkSettings;
  close(): Promise<void>;
}

export async function loadAppConfig(opts: Pick<AppOptions, "configDir" | "env" | "cwd">, subscribersText?: string): Promise<Config> {
  return loadConfig(opts.configDir, configEnv(opts.env), builtinRegions().map((r) => r.id), opts.cwd, subscribersText);
}

/** Builds the app; adapters that open files or sockets are created on first use. */
export async function createApp(opts: AppOptions, config?: Config): Promise<App> {
  const cfg = config ?? (await loadAppConfig(opts));
  const resolved: Config = {
    ...cfg,
    ...(opts.sources ? { sources: opts.sources } : {}),
    ...(opts.transport ? { transport: opts.transport } : {}),
    ...(opts.state ? { statePath: opts.state } : {}),
  };
  const pinned = opts.asOf ?? resolved.pinnedClock;
  const clock: Clock = pinned ? fixedClock(pinned) : systemClock;
  const regions = [...builtinRegions(), ...resolved.regions];
  let ledger: AnyLedger | undefined;
  let transport: Transport | undefined;
  let templates: Templates | undefined;
  const understood = new UnderstandingCache();

  return {
    config: resolved,
    clock,
    regions,
    async readBriefs() {
      const read = await readAllSources(resolved.sources.map((s) => sourceFor(s, nodeSourceDeps)));
      const gathered = gatherBriefs(read.drafts, regions, understood);
      understood.sweep();
      return { briefs: gathered.briefs, problems: [...read.problems, ...gathered.problems] };
    },
    ledger: () => (ledger ??= openLedger(resolved.statePath)),
    existingLedger: () => (ledger ?? (isRedisState(resolved.statePath) || existsSync(resolved.statePath) ? (ledger = openLedger(resolved.statePath)) : undefined)),
    transport: () => (transport ??= transportFromUrl(resolved.transport, { ...(resolved.secrets.smtpUser ? { SMTP_USER: resolved.secrets.smtpUser } : {}), ...(resolved.secrets.smtpPass ? { SMTP_PASS: resolved.secrets.smtpPass } : {}) })),
    templates: () => (templates ??= loadTemplates(join(PACKAGE_ROOT, "templates"), resolved.templatesDir)),
    links: () => ({ baseUrl: resolved.baseUrl, secret: resolved.secrets.signingSecret ?? localSecret(resolved.statePath) }),
    async close() {
      await ledger?.close();
      await transport?.close();
    },
  };
}

function openLedger(state: string): AnyLedger {
  return isRedisState(state) ? openRedisLedgerAt(state) : openSqliteLedger(state);
}

/** The machine's own time. */
export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/** Without DIGEST_SECRET, a random secret kept beside the ledger signs unsubscribe links, so they survive restarts. */
function localSecret(statePath: string): string {
  if (isRedisState(statePath)) {
    // Workers sharing a Redis ledger must sign with one key; a per-machine file would break each other's links.
    throw new DigestError("CONFIG_INVALID", "DIGEST_SECRET must be set when the state is a Redis URL (every worker signs unsubscribe links with it)");
  }
  const file = join(dirname(statePath), "signing-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    ensureFolder(dirname(file), "state");
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
