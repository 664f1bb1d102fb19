import type { Command } from "commander";
import { loadAppConfig } from "../app.ts";
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
      const active = config.subscribers.filter((s) => s.status === "active").length;
      terminal.out(`${config.files.service}: ok — ${plural(config.digests.length, "digest")} (${config.digests.map((d) => d.id).join(", ")}), ${plural(config.sources.length, "source")}, transport ${config.transport}`);
      terminal.out(`${config.files.subscribers}: ok — ${plural(config.subscribers.length, "subscriber")}, ${active} active`);
      if (!config.secrets.signingSecret) terminal.out("note: DIGEST_SECRET is not set; unsubscribe links are signed with a key kept beside the ledger.");
      if (/^smtps?:/.test(config.transport) && !config.transport.includes("@") && !config.secrets.smtpUser) terminal.out("note: SMTP transport without SMTP_USER / SMTP_PASS: sending unauthenticated.");
    });
}
