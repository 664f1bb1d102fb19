import { execFile } from "node:child_process";
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `digest` binary, as a user would. */
export function digest(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, "bin/digest.js"), ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A temp config folder with the given subscribers, reading `sources`. */
export async function tempConfig(opts: { sources: string[]; subscribers: string; window?: string }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "digest-e2e-"));
  await mkdir(join(dir, "config"));
  await writeFile(
    join(dir, "config", "digest.yaml"),
    `sender:
  name: Briefing Digest
  address: briefings@example.com
  postalAddress: "1 Example Street, Singapore 018956"
baseUrl: http://127.0.0.1:8787
sources:
${opts.sources.map((s) => `  - ${JSON.stringify(s)}`).join("\n")}
transport: outbox:../outbox
state: ../state/digest.sqlite
digests:
  - id: asia-daily
    title: Asia Briefing
    region: asia
    window: ${opts.window ?? "24h"}
    schedule: "0 7 * * *"
    maxItems: 8
`,
  );
  await writeFile(join(dir, "config", "subscribers.yaml"), opts.subscribers);
  return dir;
}
