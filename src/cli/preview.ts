import { writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { createApp, type App } from "../app.ts";
import { DigestError } from "../domain/errors.ts";
import type { Brief, Subscriber } from "../domain/types.ts";
import { issuesGone, pickSubscriber, previewNext, type Preview } from "../pipeline/preview.ts";
import { listen } from "../server/http.ts";
import { previewRoutes } from "../server/preview.ts";
import { appOptions, port, withCommonOptions, type CommonOptions } from "./options.ts";
import { printProblems, terminal } from "./print.ts";

interface PreviewFlags extends CommonOptions {
  to?: string;
  out?: string;
  text?: boolean;
  serve?: boolean;
  port: number;
}

export function registerPreview(program: Command): void {
  withCommonOptions(
    program
      .command("preview")
      .description("one reader's next digest, to a file or the browser")
      .option("--to <email>", "the reader (default: the first active one)")
      .option("--out <file>", "write the HTML (or, with --text, the text part) here")
      .option("--text", "the plain-text part instead of the HTML")
      .option("--serve", "serve every reader's next digest on 127.0.0.1 until Ctrl-C")
      .option("--port <port>", "port for --serve", port, 8788),
  ).action(async (flags: PreviewFlags) => {
    const app = await createApp(appOptions(flags));
    if (flags.serve) {
      await servePreview(() => app, flags.port);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
      return app.close();
    }
    const subscriber = flags.to === undefined ? await firstReader(app) : pickSubscriber(app.config, flags.to);
    if (!subscriber) throw new DigestError("USAGE", `--to: no subscriber ${flags.to ?? ""} in ${app.config.files.subscribers}`);
    const { briefs, problems } = await app.readBriefs();
    printProblems(terminal, problems);
    const preview = await previewOf(app, briefs, subscriber);
    const body = flags.text ? `Subject: ${preview.subject}\n\n${preview.text}` : preview.html;
    terminal.out(`${subscriber.email}: next ${preview.digestId} at ${preview.slot.toISOString()} — ${preview.edition.briefs.length} brief(s)`);
    terminal.out(`Subject: ${preview.subject}`);
    if (preview.edition.briefs.length === 0) terminal.err(emptyHint(briefs, preview.slot));
    if (flags.out) {
      const path = resolve(flags.out);
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, body);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === "EISDIR" ? "is a folder; give a file name such as preview.html" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "cannot be written there (permission denied or read-only)" : code === "ENOTDIR" || code === "EEXIST" ? "a part of its path is a file, not a folder" : (e as Error).message;
        throw new DigestError("USAGE", `--out ${flags.out}: ${why}`, { cause: e });
      }
      terminal.out(`Wrote ${path}`);
    } else if (flags.text) terminal.out(`\n${preview.text}`);
    else terminal.out("Use --out FILE to write the HTML, or --serve to open it in a browser.");
    await app.close();
  });
}

/** A reader's next digest as `send` would deliver it now, an overdue issue first where a ledger is kept. */
async function previewOf(app: App, briefs: readonly Brief[], subscriber: Subscriber): Promise<Preview> {
  const asOf = app.clock.now();
  return previewNext(briefs, app.config, subscriber, asOf, app.templates(), app.links(), { sentIssues: await issuesGone(app.existingLedger(), app.config, subscriber, asOf) });
}

/** Whether the ledger holds an unsubscribe or bounce for any of the reader's digests. */
async function hasLeft(app: App, reader: Subscriber): Promise<boolean> {
  const ledger = app.existingLedger();
  if (!ledger) return false;
  for (const digestId of reader.digests) if (await ledger.isSuppressed(reader.email, digestId)) return true;
  return false;
}

// Without --to, the first active reader who has not left.
async function firstReader(app: App): Promise<Subscriber | undefined> {
  for (const s of app.config.subscribers.filter((r) => r.status === "active")) if (!(await hasLeft(app, s))) return s;
  return pickSubscriber(app.config);
}

/** An empty preview usually means a clock far from the briefs' dates: say where the briefs are. */
function emptyHint(briefs: readonly Brief[], slot: Date): string {
  const newest = briefs.reduce<Date | undefined>((max, b) => (max && max > b.publishedAt ? max : b.publishedAt), undefined);
  const base = `note: nothing to read in the window before ${slot.toISOString()}: this reader would get no email.`;
  return newest ? `${base} The newest brief was published ${newest.toISOString()}; try --as-of ${new Date(newest.getTime() + 3_600_000).toISOString()}.` : `${base} No briefs were read at all.`;
}

/** Serves previews until the process is stopped; re-reads briefs on each request so edits show at once. */
// `current` is asked on every request: the running service swaps its app when the config changes.
export async function servePreview(current: () => App, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const handle = await listen(
    previewRoutes({
      subscribers: () => current().config.subscribers,
      suppressed: async (email) => {
        const app = current();
        const reader = app.config.subscribers.find((s) => s.email === email);
        return reader ? hasLeft(app, reader) : false;
      },
      render: async (email) => {
        const app = current();
        const { briefs } = await app.readBriefs();
        return previewOf(app, briefs, pickSubscriber(app.config, email)!);
      },
    }),
    "127.0.0.1",
    port,
  );
  terminal.out(`Preview: ${handle.url}/preview`);
  return handle;
}
