import { mkdtemp, readFile, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.ts";
import { DigestError } from "../../src/domain/errors.ts";

const regions = ["asia", "eastern-asia", "europe"];

async function configDir(edit?: (service: string, subscribers: string) => [string, string]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "digest-config-"));
  await cp("config", dir, { recursive: true });
  if (edit) {
    const [s, u] = edit(await readFile(join(dir, "digest.yaml"), "utf8"), await readFile(join(dir, "subscribers.yaml"), "utf8"));
    await writeFile(join(dir, "digest.yaml"), s);
    await writeFile(join(dir, "subscribers.yaml"), u);
  }
  return dir;
}

async function errorOf(dir: string): Promise<DigestError> {
  try {
    await loadConfig(dir, {}, regions, dir);
  } catch (e) {
    if (e instanceof DigestError) return e;
    throw e;
  }
  throw new Error("config loaded but should not have");
}

describe("loadConfig", () => {
  it("loads the bundled example, resolving paths against the config folder", async () => {
    const dir = await configDir();
    const config = await loadConfig(dir, { DIGEST_SECRET: "s3cret" }, [...regions, "asia"], dir);
    expect(config.digests[0]).toMatchObject({ id: "asia-daily", region: "asia", windowHours: 36, schedule: "0 7 * * *" });
    expect(config.subscribers.map((s) => s.timezone)).toEqual(["Asia/Seoul", "Europe/London", "America/New_York"]);
    expect(config.subscribers[0]!.digests).toEqual(["asia-daily"]);
    expect(config.sources[0]).toBe(join(dir, "..", "examples", "briefs"));
    expect(config.transport).toBe(`outbox:${join(dir, "..", "outbox")}`);
    expect(config.secrets.signingSecret).toBe("s3cret");
    expect(config.regions.map((r) => r.id)).toEqual(["greater-china"]);
    expect(config.pinnedClock?.toISOString()).toBe("2026-01-13T13:30:00.000Z");
  });

  it("names file, line, field, expected and found for a bad value", async () => {
    const dir = await configDir((s, u) => [s.replace('schedule: "0 7 * * *"', 'schedule: "7am daily"'), u]);
    const err = await errorOf(dir);
    expect(err.code).toBe("CONFIG_INVALID");
    const lines = (await readFile(join(dir, "digest.yaml"), "utf8")).split("\n");
    const line = lines.findIndex((l) => l.includes("7am daily")) + 1;
    expect(err.message).toContain(`digest.yaml:${line}:`);
    expect(err.message).toContain("digests[0].schedule: expected a 5-field cron expression");
    expect(err.message).toContain('found "7am daily"');
  });

  it("wants a pinned clock as a full ISO 8601 time with its zone", async () => {
    const dir = await configDir((s, u) => [s.replace("clock: 2026-01-13T13:30:00Z", "clock: tomorrow morning"), u]);
    expect((await errorOf(dir)).message).toMatch(/digest\.yaml:\d+:\d+ clock: expected .*found "tomorrow morning"/);
  });

  it("reports every problem at once, in both files", async () => {
    const dir = await configDir((s, u) => [
      s.replace("maxItems: 8", "maxItems: many"),
      u.replace("timezone: Europe/London", "timezone: Mars/Olympus").replace("minji.park@example.com", "not-an-email"),
    ]);
    const err = await errorOf(dir);
    expect(err.message).toMatch(/digest\.yaml:\d+:\d+ digests\[0\]\.maxItems: expected number, found "many"/);
    expect(err.message).toMatch(/subscribers\.yaml:\d+:\d+ subscribers\[1\]\.timezone: expected an IANA time zone/);
    expect(err.message).toMatch(/subscribers\.yaml:\d+:\d+ subscribers\[0\]\.email: expected an email address, found "not-an-email"/);
  });

  it("points at a misspelt key on its own line", async () => {
    const dir = await configDir((s, u) => [s, u.replace("    locale: en-US", "    locael: en-US")]);
    const err = await errorOf(dir);
    const lines = (await readFile(join(dir, "subscribers.yaml"), "utf8")).split("\n");
    expect(err.message).toContain(`subscribers.yaml:${lines.findIndex((l) => l.includes("locael")) + 1}:`);
    expect(err.message).toContain('subscribers[2].locael: expected no field "locael"');
  });

  it("rejects YAML syntax errors with a line", async () => {
    const dir = await configDir((s, u) => [s, `${u}\n  - email: [unclosed\n`]);
    const err = await errorOf(dir);
    expect(err.message).toMatch(/subscribers\.yaml:\d+:\d+ \(syntax\): expected valid YAML/);
  });

  it("checks references: unknown region, unknown digest, a reader listed twice", async () => {
    const dir = await configDir((s, u) => [
      s.replace("region: asia", "region: atlantis"),
      `${u}\n  - email: MINJI.PARK@example.com\n    digests: [china-weekly]\n`,
    ]);
    const err = await errorOf(dir);
    expect(err.message).toContain("digests[0].region: expected a known region");
    expect(err.message).toContain('found "atlantis"');
    expect(err.message).toContain("subscribers[3].email: expected an email listed once");
  });

  it("wants an assigned country code, and reads UK as GB", async () => {
    const bad = await errorOf(await configDir((s, u) => [s, u.replace("countries: [KR, JP]", "countries: [KR, XX]")]));
    expect(bad.message).toMatch(/subscribers\.yaml:\d+:\d+ subscribers\[0\]\.countries\[1\]: expected an ISO 3166-1 alpha-2 country code such as JP, found "XX"/);
    const dir = await configDir((s, u) => [s, u.replace("countries: [KR, JP]", "countries: [KR, uk]")]);
    const config = await loadConfig(dir, {}, regions, dir);
    expect(config.subscribers[0]?.countries).toEqual(["KR", "GB"]);
  });

  it("refuses a window of nothing and a clock without its zone in plain words; a catch-up of nothing is allowed", async () => {
    const window = await errorOf(await configDir((s, u) => [s.replace("window: 36h", "window: 0h"), u]));
    expect(window.message).toMatch(/digests\[0\]\.window: expected a duration above zero, such as 24h, 2d or 90m, found "0h"/);
    const clock = await errorOf(await configDir((s, u) => [s.replace(/^clock: .*$/m, 'clock: "2026-01-13 13:30"'), u]));
    expect(clock.message).toMatch(/clock: expected an ISO 8601 time with its zone, such as 2026-01-13T13:30:00Z, found "2026-01-13 13:30"/);
    const dir = await configDir((s, u) => [s.replace(/^catchUp: .*$/m, "catchUp: 0"), u]);
    expect((await loadConfig(dir, {}, [...regions, "asia"], dir)).catchUpHours).toBe(0);
  });
});
