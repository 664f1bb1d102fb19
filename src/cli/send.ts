import type { Command } from "commander";
import { DigestError } from "../domain/errors.ts";
import { createApp, systemClock, type App } from "../app.ts";
import type { DeliveryEvent } from "../delivery/deliver.ts";
import { DEFAULT_LEASE_MS, type Refusal } from "../delivery/ledger.ts";
import { createMemoryLedger } from "../delivery/memory-ledger.ts";
import type { Brief } from "../domain/types.ts";
import { sendDue, type SendReport } from "../pipeline/send.ts";
import { appOptions, collect, withCommonOptions, type CommonOptions } from "./options.ts";
import { plural, printProblems, terminal, type Printer } from "./print.ts";

interface SendFlags extends CommonOptions {
  to?: string[];
  dryRun?: boolean;
}

export function registerSend(program: Command): void {
  withCommonOptions(
    program
      .command("send")
      .description("compose and deliver the digests due as of now (each reader's copy once)")
      .option("--to <email>", "only this reader (repeatable)", collect)
      .option("--dry-run", "plan and compose, deliver nothing"),
    { send: true },
  ).action(async (flags: SendFlags) => {
    const app = await createApp(appOptions(flags));
    try {
      const unknown = (flags.to ?? []).filter((e) => !app.config.subscribers.some((s) => s.email === e.trim().toLowerCase()));
      if (unknown.length > 0) throw new DigestError("USAGE", `--to: no subscriber ${unknown.join(", ")} in ${app.config.files.subscribers}`);
      const report = await sendOnce(app, { ...(flags.to ? { to: flags.to } : {}), dryRun: flags.dryRun ?? false }, terminal);
      process.exitCode = exitCodeOf(report);
    } finally {
      await app.close();
    }
  });
}

/** A run that left any copy failed or waiting has failed (exit 1), for cron and scripts to see. */
export const exitCodeOf = (report: SendReport): number => (report.summary.failed + report.summary.deferred > 0 ? 1 : 0);

/** One send pass: read briefs, plan, deliver, and say what happened. Used by `send` and by the service's ticks. */
export async function sendOnce(app: App, opts: { to?: string[]; dryRun?: boolean }, p: Printer, briefs?: Brief[]): Promise<SendReport> {
  const asOf = app.clock.now();
  let all = briefs;
  if (!all) {
    const read = await app.readBriefs();
    printProblems(p, read.problems);
    p.out(`Read ${plural(read.briefs.length, "brief")} from ${plural(app.config.sources.length, "source")}${read.problems.length ? `, skipped ${read.problems.length}` : ""}.`);
    all = read.briefs;
  }
  const to = opts.to?.map((e) => e.toLowerCase());
  const report = await sendDue(
    all,
    { asOf, ...(to ? { to } : {}), dryRun: opts.dryRun ?? false },
    // A dry run reads the ledger and makes none where there is none yet: an empty one says the same.
    { config: app.config, ledger: opts.dryRun ? (app.existingLedger() ?? createMemoryLedger()) : app.ledger(), transport: app.transport(), templates: app.templates(), links: opts.dryRun ? NO_LINKS(app) : app.links(), clock: app.clock, ledgerClock: systemClock },
    (e) => p.out(`  ${describeEvent(e)}`),
  );
  printReport(p, report, asOf, app, opts.dryRun ?? false);
  return report;
}

function printReport(p: Printer, r: SendReport, asOf: Date, app: App, dryRun: boolean): void {
  for (const e of r.plan.empty) p.out(`  no email  ${e.key.email} (${e.key.digestId} ${e.key.issue}): nothing to read in the window`);
  for (const n of r.plan.notDue) p.out(`  not due   ${n.email} (${n.digestId}): ${n.reason}${n.next ? `, next at ${n.next.toISOString()}` : ""}`);
  if (dryRun) {
    r.plan.deliveries.forEach((d, i) => {
      const ed = r.plan.editions.get(d.editionKey)!;
      const outcome = r.dryRun?.[i]?.outcome ?? "send";
      const who = `${d.key.email} (${d.key.digestId} ${d.key.issue})`;
      p.out(outcome === "send" ? `  would send ${who}: ${plural(ed.briefs.length, "brief")}` : `  would skip ${who}: ${REFUSED[outcome].dry}`);
    });
  }
  const s = r.summary;
  p.out(
    `As of ${asOf.toISOString()}: ${dryRun ? "dry run: " : ""}${dryRun ? `would send ${r.dryRun?.filter((d) => d.outcome === "send").length ?? 0}` : `sent ${s.sent}`}, already sent ${s.skipped}${s.inFlight ? `, in flight ${s.inFlight}` : ""}${s.failedEarlier ? `, failed earlier ${s.failedEarlier}` : ""}, suppressed ${s.suppressed}, failed ${s.failed}${s.deferred ? `, deferred ${s.deferred}` : ""}; ${plural(r.compiled, "edition")} compiled for ${plural(r.plan.deliveries.length, "reader")}.`,
  );
  if (app.config.transport.startsWith("outbox:") && s.sent > 0) p.out(`Outbox: ${app.config.transport.slice("outbox:".length)} (.eml as sent, .html to open in a browser)`);
  for (const f of s.failures) p.err(`failed: ${f.email}: ${f.error}`);
}

// A dry run composes no message, so it signs no link: asking for the key would make one beside a ledger that may not exist.
const NO_LINKS = (app: App) => ({ baseUrl: app.config.baseUrl, secret: "" });
// Why a copy is not sent, said three ways: its column in a send's log, the rest of that line, and in a dry run.
const REFUSED: Record<Refusal, { tag: string; why: string; dry: string }> = {
  sent: { tag: "already  ", why: ": sent", dry: "already sent" },
  "in flight": { tag: "in flight", why: `: another run holds this copy; if that run stopped, the next send takes it up after ${DEFAULT_LEASE_MS / 60_000} minutes`, dry: "another run holds this copy" },
  "failed for good": { tag: "not again", why: ": the server refused it for good on an earlier run (digest status --failed says why)", dry: "refused for good earlier" },
  suppressed: { tag: "suppressed", why: ": unsubscribed or bounced (digest status says which)", dry: "unsubscribed or bounced" },
};

function describeEvent(e: DeliveryEvent): string {
  if (e.type === "halted") {
    const shown = e.left.slice(0, 10).map((k) => k.email).join(", ");
    const more = e.left.length > 10 ? ` and ${e.left.length - 10} more` : "";
    return `HALTED after ${plural(e.afterFailures, "failure")} in a row: ${e.deferred} left for the next run (is the mail server up?)${e.left.length ? `: ${shown}${more}` : ""}`;
  }
  const who = `${e.email} (${e.digestId} ${e.issue})`;
  switch (e.type) {
    case "sent":
      return `submitted ${who}: ${e.response}`;
    case "skipped":
      return `${REFUSED[e.reason].tag} ${who}${REFUSED[e.reason].why}`;
    case "suppressed":
      return `${REFUSED.suppressed.tag} ${who}${REFUSED.suppressed.why}`;
    case "retry":
      return `retrying  ${who} in ${Math.round(e.delayMs / 1000)} s (try ${e.try}): ${e.error}`;
    case "bounced":
      return `suppressed ${who}: hard bounce, taken off the list once the server accepted others (${e.error})`;
    case "failed":
      return `FAILED    ${who}: ${e.error}${e.permanent ? " (permanent)" : " (the next run tries again while the issue is within catchUp)"}`;
  }
}
