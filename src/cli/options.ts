import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { DigestError } from "../domain/errors.ts";
import { isWebLink } from "../briefs/normalise.ts";
import type { AppOptions } from "../app.ts";

export interface CommonOptions {
  config: string;
  asOf?: string;
  source?: string[];
  transport?: string;
  state?: string;
}

/** Adds the options shared by the commands that read briefs or send. */
export function withCommonOptions(cmd: Command, which: { send?: boolean } = {}): Command {
  cmd
    .option("--config <dir>", "config folder holding digest.yaml and subscribers.yaml", "config")
    .option("--as-of <iso>", "the clock for this run, ISO 8601 (reproducible runs)")
    .addOption(new Option("--source <path-or-url>", "read briefs from here instead of the configured sources (repeatable)").argParser(collect))
    .option("--state <file>", "the SQLite ledger for this run");
  if (which.send) cmd.option("--transport <url>", "outbox:DIR, smtp://user:pass@host:port or smtps://… for this run");
  return cmd;
}

/** The options of a command that only reads the ledger: which config, which state. */
export function stateOptions(cmd: Command): Command {
  return cmd.option("--config <dir>", "config folder holding digest.yaml and subscribers.yaml", "config").option("--state <file>", "the ledger (a SQLite file or redis:// URL)");
}

export function appOptions(o: CommonOptions): AppOptions {
  const asOf = o.asOf === undefined ? undefined : parseAsOf(o.asOf);
  // A source given on the command line that is not there is a typo, not a brief to skip.
  for (const src of o.source ?? []) {
    if (!isWebLink(src) && !existsSync(resolve(src))) throw new DigestError("USAGE", `--source ${src}: no such file or folder`);
  }
  return {
    configDir: o.config,
    ...(asOf ? { asOf } : {}),
    ...(o.source ? { sources: o.source } : {}),
    ...(o.transport ? { transport: o.transport } : {}),
    ...(o.state ? { state: o.state } : {}),
    env: process.env,
    cwd: process.cwd(),
  };
}

export function parseAsOf(value: string): Date {
  const at = new Date(value);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  // "2026-02-30" is rolled over to 2 March by Date; a day that does not exist is a typo.
  const exists = ymd !== null && new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3]))).getUTCDate() === Number(ymd[3]);
  if (!ymd || !exists || Number.isNaN(at.getTime())) {
    throw new DigestError("USAGE", `--as-of: expected an ISO 8601 time such as 2026-01-13T07:00:00Z, found "${value}"`);
  }
  // A time without a zone would be read on this machine's clock, which a replay elsewhere would not share.
  if (/T\d/.test(value) && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    throw new DigestError("USAGE", `--as-of: "${value}" has no time zone; add Z for UTC or an offset such as +09:00`);
  }
  return at;
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** An option's argument that must be a whole number in [min, max]; commander reports anything else as bad usage. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** A TCP port to listen on. */
export const port = wholeNumber(1, 65_535);
