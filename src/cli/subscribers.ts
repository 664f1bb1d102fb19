import { readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { parse as parseYaml, stringify, YAMLError } from "yaml";
import { ZodError } from "zod";
import { createApp, loadAppConfig } from "../app.ts";
import { SUBSCRIBERS_FILE } from "../config/load.ts";
import { SubscribersDocument } from "../config/subscribers-file.ts";
import { DigestError } from "../domain/errors.ts";
import { normaliseEmail } from "../delivery/ledger.ts";
import { yamlLocator } from "../sources/positions.ts";
import { collect } from "./options.ts";
import { terminal } from "./print.ts";

interface EntryFlags {
  config: string;
  name?: string;
  timezone?: string;
  locale?: string;
  digest?: string[];
  country?: string[];
  topic?: string[];
  schedule?: string;
  maxItems?: string;
  format?: string;
}

export function registerSubscribers(program: Command): void {
  const cmd = program.command("subscribers").description("manage config/subscribers.yaml (comments are kept)");
  const configOpt = (c: Command) => c.option("--config <dir>", "config folder", "config");
  const entryOpts = (c: Command) =>
    configOpt(c)
      .option("--name <name>")
      .option("--timezone <iana>", "e.g. Asia/Seoul")
      .option("--locale <tag>", "e.g. en-GB")
      .option("--digest <id>", "a digest to receive (repeatable; default all)", collect)
      .option("--country <code>", "only briefs about this country (repeatable)", collect)
      .option("--topic <word>", "only briefs on this topic (repeatable)", collect)
      .option("--schedule <cron>", "own send time, cron in their zone")
      .option("--max-items <n>")
      .option("--format <html|text>");

  configOpt(cmd.command("list").description("list readers").option("--json", "one JSON object per line")).action(async (f: { config: string; json?: boolean }) => {
    const config = await loadAppConfig({ configDir: f.config, env: process.env, cwd: process.cwd() });
    for (const s of config.subscribers) {
      terminal.out(f.json ? JSON.stringify(s) : `${s.email.padEnd(32)} ${s.status.padEnd(7)} ${s.timezone.padEnd(20)} ${s.digests.join(",")}  ${s.countries?.join(",") ?? "all countries"}`);
    }
  });
  entryOpts(cmd.command("add").argument("<email>").description("add a reader")).action((email: string, f: EntryFlags) =>
    edit(f.config, (doc) => {
      if (!doc.add({ email, ...entryFields(f) })) throw new DigestError("USAGE", `${email} is already subscribed`);
      return `added ${email}`;
    }),
  );
  entryOpts(cmd.command("update").argument("<email>").description("change a reader's settings")).action((email: string, f: EntryFlags) =>
    edit(f.config, (doc) => (doc.update(email, entryFields(f)) ? `updated ${email}` : missing(email))),
  );
  for (const [verb, status] of [["pause", "paused"], ["resume", "active"]] as const) {
    configOpt(cmd.command(verb).argument("<email>").description(`${verb} a reader's digests`)).action((email: string, f: { config: string }) =>
      edit(f.config, (doc) => (doc.update(email, { status }) ? `${email} is ${status}` : missing(email))),
    );
  }
  configOpt(cmd.command("remove").argument("<email>").description("remove a reader")).action((email: string, f: { config: string }) =>
    edit(f.config, (doc) => (doc.remove(email) ? `removed ${email}` : missing(email))),
  );
  configOpt(
    cmd
      .command("resubscribe")
      .argument("<email>")
      .description("lift an unsubscribe or bounce recorded in the ledger (only when the reader asked to come back)")
      .option("--digest <id>", "only this digest (default: all)")
      .option("--state <file>", "the ledger"),
  ).action(async (email: string, f: { config: string; digest?: string; state?: string }) => {
    const app = await createApp({ configDir: f.config, env: process.env, cwd: process.cwd(), ...(f.state ? { state: f.state } : {}) });
    try {
      if (f.digest && !app.config.digests.some((d) => d.id === f.digest)) throw new DigestError("USAGE", `--digest: no digest "${f.digest}" in ${app.config.files.service} (${app.config.digests.map((d) => d.id).join(", ")})`);
      const ledger = app.ledger();
      const held = (await ledger.suppressions()).filter((s) => s.email === normaliseEmail(email));
      // An unsubscribe from every digest is lifted only as a whole: lifting one digest would leave it in force.
      const lifted = held.filter((s) => !f.digest || s.digestId === f.digest);
      const everything = held.find((s) => s.digestId === "*");
      if (f.digest && everything) throw new DigestError("USAGE", `${email} is suppressed from every digest (${everything.reason}); lift that with: digest subscribers resubscribe ${email}`);
      if (lifted.length === 0) throw new DigestError("USAGE", `${email} is not suppressed${f.digest ? ` from ${f.digest}` : ""}: nothing to lift (digest status --suppressed lists who is)`);
      await ledger.unsuppress(email, f.digest ?? "*");
      const reader = app.config.subscribers.find((s) => s.email === normaliseEmail(email));
      terminal.out(`${email} will get ${f.digest ?? "every digest they subscribe to"} again (lifted: ${lifted.map((s) => `${s.digestId === "*" ? "every digest" : s.digestId}, ${s.reason}`).join("; ")}).`);
      if (!reader) terminal.out(`note: ${email} is not in ${app.config.files.subscribers}; add them with: digest subscribers add ${email}`);
    } finally {
      await app.close();
    }
  });
  configOpt(cmd.command("export").description("print readers as YAML, as written (defaults left out), ready to import")).action(async (f: { config: string }) => {
    const config = await loadAppConfig({ configDir: f.config, env: process.env, cwd: process.cwd() });
    // The entries as the operator wrote them: a reader who gets "all digests" must still get one added later.
    const written = (parseYaml(await readFile(config.files.subscribers, "utf8").catch(() => "subscribers: []")) as { subscribers?: unknown[] } | null)?.subscribers ?? [];
    terminal.out(stringify({ subscribers: written }, { aliasDuplicateObjects: false }).trimEnd());
  });
  configOpt(cmd.command("import").argument("<file>", "YAML or JSON list of readers (or {subscribers: [...]})").description("add readers from a file; existing ones are kept")).action(
    async (file: string, f: { config: string }) => {
      const { list, lineOf } = await readReaders(file);
      await edit(f.config, (doc) => {
        let added = 0;
        const seen = new Map<string, number>();
        list.forEach((entry, i) => {
          // The same reader twice in one file: which settings win is the operator's call, not ours.
          const email = typeof (entry as { email?: unknown })?.email === "string" ? normaliseEmail((entry as { email: string }).email) : undefined;
          const first = email === undefined ? undefined : seen.get(email);
          if (first !== undefined) {
            const line = lineOf(i);
            throw new DigestError("USAGE", `${file}${line === undefined ? "" : `:${line}`}: entry ${i + 1}: ${email} is listed twice (first as entry ${first + 1}); keep one`);
          }
          if (email !== undefined) seen.set(email, i);
          try {
            if (doc.add(entry as Record<string, unknown>)) added++;
          } catch (e) {
            const line = lineOf(i);
            throw new DigestError("USAGE", `${file}${line === undefined ? "" : `:${line}`}: entry ${i + 1}: ${describe(e)}`);
          }
        });
        return `imported ${added} of ${list.length} (the rest were already subscribed)`;
      });
    },
  );
}

/** A file of readers to import: a YAML or JSON list, or `subscribers:` holding one; anything else is a usage error naming the file and line. */
async function readReaders(file: string): Promise<{ list: unknown[]; lineOf: (index: number) => number | undefined }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new DigestError("USAGE", `${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text) as unknown;
  } catch (e) {
    const at = e instanceof YAMLError ? e.linePos?.[0] : undefined;
    throw new DigestError("USAGE", `${file}${at ? `:${at.line}:${at.col}` : ""}: not valid YAML or JSON: ${(e as Error).message.split("\n")[0]}`);
  }
  const nested = typeof data === "object" && data !== null && !Array.isArray(data) && Array.isArray((data as { subscribers?: unknown }).subscribers);
  const list = Array.isArray(data) ? data : nested ? (data as { subscribers: unknown[] }).subscribers : undefined;
  if (!list) throw new DigestError("USAGE", `${file}: expected a list of readers (or "subscribers:" holding one), found ${data === null ? "nothing" : Array.isArray(data) ? "a list" : typeof data === "object" ? "a mapping without \"subscribers\"" : `a ${typeof data}`}`);
  const locate = yamlLocator(text);
  return { list, lineOf: (i) => locate(nested ? ["subscribers", i] : [i]) };
}

/** Reads, changes and writes subscribers.yaml atomically; the file is only replaced when the change is valid. */
async function edit(configDir: string, change: (doc: SubscribersDocument) => string): Promise<void> {
  const where = { configDir, env: process.env, cwd: process.cwd() };
  // A file that does not load as it stands (a mapping where the list should be, a tab) is the operator's
  // to mend: editing it would lose what it holds.
  await loadAppConfig(where);
  const path = resolve(configDir, SUBSCRIBERS_FILE);
  const text = await readFile(path, "utf8").catch(() => "");
  const doc = new SubscribersDocument(text);
  let message: string;
  try {
    message = change(doc);
  } catch (e) {
    if (e instanceof DigestError) throw e;
    throw new DigestError("USAGE", describe(e));
  }
  // The file as it would be, checked as a run would read it (a digest id digest.yaml does not define, say).
  try {
    await loadAppConfig(where, doc.toString());
  } catch (e) {
    if (!(e instanceof DigestError)) throw e;
    throw new DigestError("USAGE", `${e.message.replace(/^Config is invalid/, "The change would make the config invalid")}\n${SUBSCRIBERS_FILE} is left as it was.`);
  }
  const tmp = join(resolve(configDir), `.${SUBSCRIBERS_FILE}.tmp`);
  await writeFile(tmp, doc.toString());
  await rename(tmp, path);
  terminal.out(message);
}

function entryFields(f: EntryFlags): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.name !== undefined) out.name = f.name;
  if (f.timezone !== undefined) out.timezone = f.timezone;
  if (f.locale !== undefined) out.locale = f.locale;
  if (f.digest) out.digests = f.digest;
  if (f.country) out.countries = f.country.map((c) => c.toUpperCase());
  if (f.topic) out.topics = f.topic;
  if (f.schedule !== undefined) out.schedule = f.schedule;
  if (f.maxItems !== undefined) out.maxItems = Number(f.maxItems);
  if (f.format !== undefined) out.format = f.format;
  return out;
}

function missing(email: string): never {
  throw new DigestError("USAGE", `no subscriber ${email}`);
}

function describe(e: unknown): string {
  if (e instanceof ZodError) return e.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`).join("; ");
  return (e as Error).message;
}
