// The default transport: each message as a file, DIR/<issue>/<digest>--<email>.eml (the exact bytes SMTP
// would carry) and .html beside it for a browser. Written to a temp file and renamed, so a crash never
// leaves half a message; the .eml is renamed last, so its presence means the pair is complete.
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { buildRfc5322, type OutgoingMessage } from "./message.ts";
import { DeliveryError } from "./delivery-error.ts";
import type { Transport } from "./transport.ts";

export function outboxTransport(dir: string): Transport {
  return {
    name: `outbox:${dir}`,
    async send(msg) {
      const base = outboxPath(dir, msg);
      const bytes = await buildRfc5322(msg);
      try {
        await mkdir(dirname(base), { recursive: true });
        if (msg.html) await writeAtomic(`${base}.html`, msg.html);
        await writeAtomic(`${base}.eml`, bytes);
      } catch (err) {
        // A full disk or a permission clears up with an operator's help; the next run tries again.
        throw new DeliveryError("SMTP_TRANSIENT", `outbox: cannot write ${base}.eml: ${(err as Error).message}`, { cause: err });
      }
      return { response: `written ${base}.eml` };
    },
    async close() {},
  };
}

/** Where a message goes, without its extension. Every segment is made safe for any file system. */
export function outboxPath(dir: string, msg: OutgoingMessage): string {
  if (msg.key) return join(dir, safeName(msg.key.issue), `${safeName(msg.key.digestId)}--${safeName(msg.key.email.toLowerCase())}`);
  return join(dir, msg.date.toISOString().slice(0, 10), safeName(msg.messageId.replace(/^<|>$/g, "")));
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._@+-]/g, "_").replace(/^\.+/, "_").slice(0, 120) || "_";
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx", 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
