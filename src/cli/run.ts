import { watch } from "node:fs";
import type { Command } from "commander";
import { createApp, loadAppConfig, type App } from "../app.ts";
import type { Config } from "../config/types.ts";
import { DigestError } from "../domain/errors.ts";
import { whyStateUnusable } from "../delivery/location-check.ts";
import { nextRun, scheduleSpecs, startScheduler } from "../schedule/service.ts";
import { listen } from "../server/http.ts";
import { unsubscribeRoutes } from "../server/unsubscribe.ts";
import { appOptions, port, withCommonOptions, type CommonOptions } from "./options.ts";
import { servePreview } from "./preview.ts";
import { terminal, timestamped } from "./print.ts";

const log = timestamped(terminal);
import { exitCodeOf, sendOnce } from "./send.ts";

interface RunFlags extends CommonOptions {
  previewPort?: number;
  once?: boolean;
}

export function registerRun(program: Command): void {
  withCommonOptions(
    program
      .command("run")
      .description("the service: send what is due now, then on each reader's schedule; serve unsubscribe and the preview")
      .option("--preview-port <port>", "also serve the editors' preview on 127.0.0.1:PORT", port)
      .option("--once", "send what is due and exit (no schedule, no servers)"),
    { send: true },
  ).action(async (flags: RunFlags) => {
    const options = appOptions(flags);
    let app = await createApp(options);
    if (flags.once) {
      try {
        process.exitCode = exitCodeOf(await sendOnce(app, {}, log));
      } finally {
        await app.close();
      }
      return;
    }
    if (!options.asOf && app.config.pinnedClock) {
      log.err(`note: the clock is pinned at ${app.config.pinnedClock.toISOString()} by "clock:" in ${app.config.files.service}; remove that line to run on the real time.`);
    }
    // The last send, as /health reports it: a monitor sees a service that is up but cannot send.
    let lastRun: { at: string; sent?: number; failed?: number; deferred?: number; error?: string } | undefined;
    const health = () => ({ ok: !lastRun?.error && !lastRun?.failed && !lastRun?.deferred, ...(lastRun ? { lastRun } : {}) });
    const servers: { url: string; close(): Promise<void> }[] = [await listen(unsubscribeRoutes(unsubscribeDeps(() => app, health)), app.config.server.host, app.config.server.port, (e) => log.err(`unsubscribe request failed: ${describeError(e)}`))];
    log.out(`Unsubscribe endpoint: ${servers[0]!.url}/unsubscribe`);
    if (flags.previewPort) servers.push(await servePreview(() => app, flags.previewPort));

    const reload = async (): Promise<boolean> => {
      let config: Config;
      try {
        config = await loadAppConfig(options);
        // A state the ledger cannot be kept in would fail every send and every unsubscribe from now on.
        const state = options.state ?? config.statePath;
        const unusable = state !== app.config.statePath ? await whyStateUnusable(state) : undefined;
        if (unusable) throw new DigestError("CONFIG_INVALID", `${config.files.service} state: the ledger cannot be kept here: ${unusable}`);
      } catch (e) {
        if (!(e instanceof DigestError)) throw e;
        log.err(`${e.message}\nKeeping the last good config.`);
        return false;
      }
      const old = app;
      app = await createApp(options, config);
      scheduler.reschedule(scheduleSpecs(config));
      // A batch already sending holds the old ledger and mail connection: closing them under it would
      // leave copies the server accepted marked in flight, and sent again once their lease ran out.
      await scheduler.idle();
      await old.close();
      return true;
    };
    const scheduler = startScheduler(
      scheduleSpecs(app.config),
      async () => {
        const { summary } = await sendOnce(app, {}, log);
        lastRun = { at: new Date().toISOString(), sent: summary.sent, failed: summary.failed, deferred: summary.deferred };
        printNext(app);
      },
      (e) => {
        lastRun = { at: new Date().toISOString(), error: describeError(e).split("\n")[0] ?? "" };
        log.err(`send failed: ${describeError(e)}`);
      },
    );
    // Watching starts before the first batch, so an edit made while it sends is not missed.
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(app.config.dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload().then((ok) => ok && log.out("Config reloaded.")), 300);
    });
    await scheduler.runNow();
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    log.out("Stopping…");
    watcher.close();
    clearTimeout(timer);
    await scheduler.stop();
    await Promise.all(servers.map((s) => s.close()));
    await app.close();
  });
}

// Getters, not values: the app is swapped when the config is reloaded, and each request asks the current one.
function unsubscribeDeps(current: () => App, health: () => { ok: boolean } & Record<string, unknown>) {
  return {
    health,
    get ledger() {
      return current().ledger();
    },
    get secret() {
      return current().links().secret;
    },
    get clock() {
      return current().clock;
    },
    titleOf: (id: string) => current().config.digests.find((d) => d.id === id)?.title ?? id,
  };
}

// A problem the operator can fix is said in a line; anything else keeps its trace for a bug report.
function describeError(e: unknown): string {
  return e instanceof DigestError ? `${e.code}: ${e.message}` : ((e as Error).stack ?? String(e));
}

function printNext(app: App): void {
  const next = nextRun(scheduleSpecs(app.config), app.clock.now());
  log.out(next ? `Next run: ${next.toISOString()} (Ctrl-C to stop)` : "No active subscribers: nothing scheduled (Ctrl-C to stop).");
}
