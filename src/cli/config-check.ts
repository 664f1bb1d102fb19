import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { SUBSCRIBERS_FILE } from "../config/load.ts";
import type { Command } from "commander";
import { loadAppConfig } from "../app.ts";
import { isWebLink } from "../briefs/normalise.ts";
import { whyNotWritable, whyStateUnusable } from "../delivery/location-check.ts";
import { localDate, nextSlot } from "../schedule/slots.ts";
import { yamlLocator } from "../sources/positions.ts";
import { plural, terminal } from "./print.ts";

function firesTwiceADay(cron: string): boolean {
  const first = nextSlot(cron, "UTC", new Date("2026-01-05T00:00:00Z"));
  return localDate(nextSlot(cron, "UTC", first), "UTC") === localDate(first, "UTC");
}

interface Problem {
  path: (string | number)[];
  message: string;
}

export function registerConfigCheck(program: Command): void {
  program
    .command("config")
    .description("configuration")
    .command("check")
    .description("validate digest.yaml, subscribers.yaml, the environment and the places a run reads and writes; exit 2 naming every problem")
    .option("--config <dir>", "config folder", "config")
    .action(async (flags: { config: string }) => {
      const config = await loadAppConfig({ configDir: flags.config, env: process.env, cwd: process.cwd() });
      const problems: Problem[] = [];
      // A folder or file that is not there yet is skipped by a run; a check says so, with its line.
      for (const [i, src] of config.sources.entries()) {
        if (!isWebLink(src) && !(await stat(src).then(() => true, () => false))) problems.push({ path: ["sources", i], message: `expected a folder, a file or a feed URL, found "${src}", which does not exist` });
      }
      // The first run would stop on these; nothing is created here.
      const state = await whyStateUnusable(config.statePath);
      if (state) problems.push({ path: ["state"], message: `the ledger cannot be kept here: ${state}` });
      const outbox = config.transport.startsWith("outbox:") ? whyNotWritable(config.transport.slice("outbox:".length), "folder") : undefined;
      if (outbox) problems.push({ path: ["transport"], message: `the outbox cannot be written: ${outbox}` });

      const locate = yamlLocator(await readFile(config.files.service, "utf8"));
      for (const p of problems) {
        const line = locate(p.path);
        terminal.err(`${config.files.service}${line === undefined ? "" : `:${line}`} ${p.path.map((k) => (typeof k === "number" ? `[${k}]` : k)).join("")}: ${p.message}`);
      }
      if (problems.length > 0) process.exitCode = 2;
      const active = config.subscribers.filter((s) => s.status === "active").length;
      if (problems.length === 0) terminal.out(`${config.files.service}: ok — ${plural(config.digests.length, "digest")} (${config.digests.map((d) => d.id).join(", ")}), ${plural(config.sources.length, "source")}, transport ${config.transport}, state ${config.statePath}`);
      // A missing file reads as no readers; a misnamed one ("subscriber.yaml") should not pass for that.
      if (!existsSync(resolve(config.dir, SUBSCRIBERS_FILE))) terminal.out(`note: ${config.files.subscribers} does not exist: nobody gets a digest (add a reader with: digest subscribers add EMAIL).`);
      else terminal.out(`${config.files.subscribers}: ok — ${plural(config.subscribers.length, "subscriber")}, ${active} active`);
      // An issue is one a day (the ledger keys a copy by the reader's local date): a second send time that day finds it sent.
      for (const [i, d] of config.digests.entries()) if (firesTwiceADay(d.schedule)) terminal.out(`note: ${config.files.service} digests[${i}].schedule "${d.schedule}" fires more than once a day; each reader gets one issue a day, at the first.`);
      for (const r of config.subscribers) if (r.schedule && firesTwiceADay(r.schedule)) terminal.out(`note: ${config.files.subscribers} ${r.email}'s schedule "${r.schedule}" fires more than once a day; they get one issue a day, at the first.`);
      // RFC 8058 one-click wants https; a plain http address off this machine also sends the token in the clear.
      const base = new URL(config.baseUrl);
      if (base.protocol === "http:" && !/^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(base.hostname)) terminal.out(`note: baseUrl ${config.baseUrl} is plain http: Gmail and Yahoo offer their one-click unsubscribe button only for https links (RFC 8058), and the link's token travels in the clear. Serve it behind https.`);
      if (!config.secrets.signingSecret) terminal.out("note: DIGEST_SECRET is not set; unsubscribe links are signed with a key kept beside the ledger.");
      if (/^smtps?:/.test(config.transport) && !config.transport.includes("@") && !config.secrets.smtpUser) terminal.out("note: SMTP transport without SMTP_USER / SMTP_PASS: sending unauthenticated.");
    });
}
