import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { loadAppConfig } from "../app.ts";
import { isWebLink } from "../briefs/normalise.ts";
import { yamlLocator } from "../sources/positions.ts";
import { plural, terminal } from "./print.ts";

export function registerConfigCheck(program: Command): void {
  program
    .command("config")
    .description("configuration")
    .command("check")
    .description("validate digest.yaml, subscribers.yaml and the environment; exit 2 naming every problem")
    .option("--config <dir>", "config folder", "config")
    .action(async (flags: { config: string }) => {
      const config = await loadAppConfig({ configDir: flags.config, env: process.env, cwd: process.cwd() });
      // A folder or file that is not there yet is skipped by a run; a check says so, with its line.
      const locate = yamlLocator(await readFile(config.files.service, "utf8"));
      const missing = (await Promise.all(config.sources.map(async (src, i) => (isWebLink(src) || (await stat(src).then(() => true, () => false)) ? [] : [{ src, line: locate(["sources", i]), i }])))).flat();
      for (const m of missing) terminal.err(`${config.files.service}${m.line === undefined ? "" : `:${m.line}`} sources[${m.i}]: expected a folder, a file or a feed URL, found "${m.src}", which does not exist`);
      if (missing.length > 0) process.exitCode = 2;
      const active = config.subscribers.filter((s) => s.status === "active").length;
      if (missing.length === 0) terminal.out(`${config.files.service}: ok — ${plural(config.digests.length, "digest")} (${config.digests.map((d) => d.id).join(", ")}), ${plural(config.sources.length, "source")}, transport ${config.transport}`);
      terminal.out(`${config.files.subscribers}: ok — ${plural(config.subscribers.length, "subscriber")}, ${active} active`);
      if (!config.secrets.signingSecret) terminal.out("note: DIGEST_SECRET is not set; unsubscribe links are signed with a key kept beside the ledger.");
      if (/^smtps?:/.test(config.transport) && !config.transport.includes("@") && !config.secrets.smtpUser) terminal.out("note: SMTP transport without SMTP_USER / SMTP_PASS: sending unauthenticated.");
    });
}
