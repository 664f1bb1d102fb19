import { isAbsolute, resolve } from "node:path";
import type { DigestDefinition, RegionDefinition, Subscriber } from "../domain/types.ts";
import { serviceSchema, subscribersFileSchema, type ServiceFile, type SubscriberEntry } from "./schema.ts";
import type { Config, ConfigEnv } from "./types.ts";
import { isRedisState } from "../delivery/ledger.ts";
import { issueAt, validateYaml, type ConfigIssue } from "./validate.ts";
import type { YamlSource } from "./yaml-source.ts";

export type BuildResult = { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] };

/** Pure: two parsed files and the environment → a Config, or every problem at once. */
export function buildConfig(
  dir: string,
  service: YamlSource,
  subscribers: YamlSource,
  env: ConfigEnv,
  builtinRegionIds: readonly string[],
): BuildResult {
  const s = validateYaml(service, serviceSchema);
  const subs = validateYaml(subscribers, subscribersFileSchema);
  const issues = [...(s.ok ? [] : s.issues), ...(subs.ok ? [] : subs.issues)];
  if (!s.ok || !subs.ok) return { ok: false, issues };

  const regionIds = new Set([...builtinRegionIds, ...Object.keys(s.value.regions)]);
  const digestIds = new Set<string>();
  s.value.digests.forEach((d, i) => {
    if (digestIds.has(d.id)) issues.push(issueAt(service, ["digests", i, "id"], "a digest id used once"));
    digestIds.add(d.id);
    if (!regionIds.has(d.region)) {
      issues.push(issueAt(service, ["digests", i, "region"], `a known region (${[...regionIds].sort().join(", ")})`));
    }
  });
  // Workers sharing a Redis ledger must sign unsubscribe links with one key: a key per machine would break each other's links.
  if (isRedisState(s.value.state) && !env.DIGEST_SECRET) issues.push(issueAt(service, ["state"], "a SQLite file, or DIGEST_SECRET set in the environment for a Redis state (every worker signs unsubscribe links with it)"));
  const emails = new Set<string>();
  subs.value.subscribers.forEach((sub, i) => {
    const email = sub.email.toLowerCase();
    if (emails.has(email)) issues.push(issueAt(subscribers, ["subscribers", i, "email"], "an email listed once"));
    emails.add(email);
    sub.digests?.forEach((d, j) => {
      if (!digestIds.has(d)) {
        issues.push(issueAt(subscribers, ["subscribers", i, "digests", j], `a digest id from ${service.file} (${[...digestIds].join(", ")})`));
      }
    });
  });
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    config: assemble(dir, service.file, subscribers.file, s.value, subs.value.subscribers, env),
  };
}

function assemble(dir: string, serviceFile: string, subscribersFile: string, s: ServiceFile, subs: SubscriberEntry[], env: ConfigEnv): Config {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(dir, p));
  const digests: DigestDefinition[] = s.digests.map((d) => ({
    id: d.id,
    title: d.title,
    region: d.region,
    ...(d.countries ? { countries: d.countries } : {}),
    windowHours: d.window,
    schedule: d.schedule,
    maxItems: d.maxItems,
  }));
  const regions: RegionDefinition[] = Object.entries(s.regions).map(([id, r]) => ({ id, name: r.name, countries: r.countries }));
  const allDigests = digests.map((d) => d.id);
  const subscribers: Subscriber[] = subs.map((e) => ({
    ...e,
    email: e.email.toLowerCase(),
    digests: e.digests ?? allDigests,
  }));
  const transport = s.transport.startsWith("outbox:") ? `outbox:${at(s.transport.slice("outbox:".length))}` : s.transport;
  const secrets: Config["secrets"] = {};
  if (env.SMTP_USER) secrets.smtpUser = env.SMTP_USER;
  if (env.SMTP_PASS) secrets.smtpPass = env.SMTP_PASS;
  if (env.DIGEST_SECRET) secrets.signingSecret = env.DIGEST_SECRET;
  return {
    dir,
    files: { service: serviceFile, subscribers: subscribersFile },
    sender: s.sender,
    baseUrl: s.baseUrl.replace(/\/+$/, ""),
    sources: s.sources.map((src) => (/^https?:\/\//.test(src) ? src : at(src))),
    transport,
    statePath: isRedisState(s.state) ? s.state : at(s.state),
    ...(s.templates ? { templatesDir: at(s.templates) } : {}),
    server: s.server,
    catchUpHours: s.catchUp,
    ...(s.clock ? { pinnedClock: new Date(s.clock) } : {}),
    regions,
    digests,
    subscribers,
    secrets,
  };
}
