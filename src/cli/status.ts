import type { Command } from "commander";
import { createApp } from "../app.ts";
import { appOptions, stateOptions, wholeNumber, type CommonOptions } from "./options.ts";
import { plural, terminal } from "./print.ts";

export function registerStatus(program: Command): void {
  stateOptions(
    program
      .command("status")
      .description("recent deliveries: sent, failed (and why), suppressed; and who unsubscribed")
      .option("--limit <n>", "how many rows", wholeNumber(1, 100_000), 50)
      .option("--failed", "only failed deliveries")
      .option("--suppressed", "list unsubscribes and bounces instead"),
  ).action(async (flags: CommonOptions & { limit: number; failed?: boolean; suppressed?: boolean }) => {
    const app = await createApp(appOptions(flags));
    const ledger = app.existingLedger();
    if (!ledger) {
      terminal.out(`No ledger at ${app.config.statePath}: nothing has been sent with this state (is --state or state: in ${app.config.files.service} right?).`);
      return app.close();
    }
    if (flags.suppressed) {
      const list = await ledger.suppressions();
      for (const s of list) terminal.out(`${s.email.padEnd(32)} ${s.digestId === "*" ? "every digest" : s.digestId}  ${s.reason}`);
      terminal.out(`${list.length} suppressed (lift one with: digest subscribers resubscribe EMAIL).`);
      return app.close();
    }
    const rows = await ledger.recent(flags.limit, flags.failed ? "failed" : undefined);
    if (rows.length === 0) terminal.out(flags.failed ? `No failed deliveries (ledger ${app.config.statePath}).` : `Nothing delivered yet (ledger ${app.config.statePath}).`);
    for (const d of rows) {
      // A row's count is of the runs that claimed it; retries within a run are not counted apart.
      terminal.out(`${d.updatedAt.toISOString()}  ${d.status.padEnd(10)} ${d.digestId} ${d.issue}  ${d.email}  ${plural(d.attempts, "run")}${d.error ? `  ${d.error}` : ""}`);
    }
    const failed = rows.filter((d) => d.status === "failed").length;
    // A copy still "sending" was left by a run that stopped mid-batch: the next send takes it up once its lease has passed.
    const inFlight = rows.filter((d) => d.status === "sending").length;
    terminal.out(`${rows.length} shown: ${rows.filter((d) => d.status === "sent").length} sent, ${failed} failed, ${rows.filter((d) => d.status === "suppressed").length} suppressed${inFlight > 0 ? `, ${inFlight} in flight (left by an interrupted run; the next send takes them up)` : ""}.`);
    await app.close();
  });
}
