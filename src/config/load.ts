import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { DigestError } from "../domain/errors.ts";
import { buildConfig } from "./build.ts";
import type { Config, ConfigEnv } from "./types.ts";
import { formatIssue, type ConfigIssue } from "./validate.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";

export const SERVICE_FILE = "digest.yaml";
export const SUBSCRIBERS_FILE = "subscribers.yaml";

/** Reads and validates config/ and the environment. Throws CONFIG_INVALID listing every issue. */
/** `subscribersText` stands for subscribers.yaml as it would be after an edit: checked before it is written. */
export async function loadConfig(dirArg: string, env: ConfigEnv, builtinRegionIds: readonly string[], cwd = process.cwd(), subscribersText?: string): Promise<Config> {
  const dir = resolve(cwd, dirArg);
  const display = (f: string) => relative(cwd, join(dir, f)) || f;
  const [service, subscribers] = await Promise.all([
    readYaml(join(dir, SERVICE_FILE), display(SERVICE_FILE), true),
    subscribersText === undefined ? readYaml(join(dir, SUBSCRIBERS_FILE), display(SUBSCRIBERS_FILE), false) : parsedYaml(display(SUBSCRIBERS_FILE), subscribersText),
  ]);
  const syntax = [...(Array.isArray(service) ? service : []), ...(Array.isArray(subscribers) ? subscribers : [])];
  if (Array.isArray(service) || Array.isArray(subscribers)) throw configError(syntax);
  const result = buildConfig(dir, service, subscribers, env, builtinRegionIds);
  if (!result.ok) throw configError(result.issues);
  return result.config;
}

/** Only the environment variables the service uses. */
export function configEnv(env: NodeJS.ProcessEnv): ConfigEnv {
  const out: ConfigEnv = {};
  if (env.SMTP_USER) out.SMTP_USER = env.SMTP_USER;
  if (env.SMTP_PASS) out.SMTP_PASS = env.SMTP_PASS;
  if (env.DIGEST_SECRET) out.DIGEST_SECRET = env.DIGEST_SECRET;
  return out;
}

async function readYaml(path: string, display: string, required: boolean): Promise<YamlSource | ConfigIssue[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    if (!required && (cause as NodeJS.ErrnoException).code === "ENOENT") text = "subscribers: []\n";
    else return [{ location: { file: display, field: "(file)" }, expected: "a readable YAML file", found: (cause as Error).message }];
  }
  return parsedYaml(display, text);
}

function parsedYaml(display: string, text: string): YamlSource | ConfigIssue[] {
  const parsed = parseYamlSource(display, text);
  if (!Array.isArray(parsed)) return parsed;
  return parsed.map((e) => ({ location: { ...e.location, field: "(syntax)" }, expected: "valid YAML", found: e.message }));
}

function configError(issues: ConfigIssue[]): DigestError {
  const lines = issues.map((i) => `  ${formatIssue(i)}`).join("\n");
  const first = issues[0]?.location;
  return new DigestError("CONFIG_INVALID", `Config is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines}`, first ? { location: first } : {});
}
