import { Command, CommanderError } from "commander";
import { DigestError } from "../domain/errors.ts";
import { registerConfigCheck } from "./config-check.ts";
import { registerInspect } from "./inspect.ts";
import { registerPreview } from "./preview.ts";
import { registerRun } from "./run.ts";
import { registerSend } from "./send.ts";
import { registerStatus } from "./status.ts";
import { registerSubscribers } from "./subscribers.ts";
import { terminal } from "./print.ts";

/** Exit codes: 0 ok, 1 the run failed, 2 bad usage or config. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name("digest")
    .description("Email briefing digests: briefs in, each reader's digest out, exactly once.")
    .version("0.1.0")
    .showHelpAfterError("(digest --help lists the commands)")
    .exitOverride();
  for (const register of [registerRun, registerSend, registerPreview, registerInspect, registerSubscribers, registerConfigCheck, registerStatus]) {
    register(program);
  }
  for (const cmd of program.commands) cmd.exitOverride();
  // No command at all is a usage mistake (exit 2), whatever help it prints; --help asked for is not.
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    return report(e);
  }
}

function report(e: unknown): number {
  if (e instanceof CommanderError) {
    return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : 2;
  }
  if (e instanceof DigestError) {
    terminal.err(`error ${e.code}: ${e.message}`);
    return e.code === "CONFIG_INVALID" || e.code === "USAGE" ? 2 : 1;
  }
  terminal.err(`unexpected error (this is a bug, please report it): ${(e as Error).stack ?? String(e)}`);
  return 1;
}

process.exit(await main(process.argv));
