import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { digest, ROOT } from "../support/cli.ts";

async function exampleConfig(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "digest-subs-"));
  await cp(join(ROOT, "config"), dir, { recursive: true });
  // The copy's sources point where the bundled config's do, not beside the temporary folder.
  const service = join(dir, "digest.yaml");
  await writeFile(service, (await readFile(service, "utf8")).replace("../examples/briefs", join(ROOT, "examples/briefs")));
  return dir;
}

describe("digest subscribers", () => {
  it("adds, pauses, updates and removes readers, keeping the operator's comments", async () => {
    const dir = await exampleConfig();
    const file = join(dir, "subscribers.yaml");
    const add = await digest(["subscribers", "add", "kenji@example.jp", "--config", dir, "--timezone", "Asia/Tokyo", "--country", "jp", "--name", "Kenji"]);
    expect(add.code, add.stderr).toBe(0);
    await digest(["subscribers", "pause", "kenji@example.jp", "--config", dir]);
    await digest(["subscribers", "update", "kenji@example.jp", "--config", dir, "--locale", "ja"]);
    const text = await readFile(file, "utf8");
    expect(text).toContain("# Readers. Manage with");
    expect(text).toContain("# only briefs about these countries");
    expect(text).toContain("countries: [CN, TW, HK]");
    const list = await digest(["subscribers", "list", "--json", "--config", dir]);
    const kenji = list.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>).find((s) => s.email === "kenji@example.jp");
    expect(kenji).toMatchObject({ timezone: "Asia/Tokyo", countries: ["JP"], status: "paused", locale: "ja", name: "Kenji" });
    const removed = await digest(["subscribers", "remove", "kenji@example.jp", "--config", dir]);
    expect(removed.code).toBe(0);
    expect(await readFile(file, "utf8")).not.toContain("kenji@example.jp");
  });

  it("refuses an invalid reader and leaves the file untouched", async () => {
    const dir = await exampleConfig();
    const before = await readFile(join(dir, "subscribers.yaml"), "utf8");
    const bad = await digest(["subscribers", "add", "x@example.com", "--config", dir, "--timezone", "Nowhere/Atlantis"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("timezone");
    const dup = await digest(["subscribers", "add", "minji.park@example.com", "--config", dir]);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain("already subscribed");
    expect(await readFile(join(dir, "subscribers.yaml"), "utf8")).toBe(before);
  });

  it("imports a list, skipping readers already there", async () => {
    const dir = await exampleConfig();
    const list = join(dir, "new.yaml");
    await writeFile(list, "- email: a@example.com\n  timezone: Asia/Manila\n- email: minji.park@example.com\n");
    const run = await digest(["subscribers", "import", list, "--config", dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("imported 1 of 2");
    const check = await digest(["config", "check", "--config", dir]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain("4 subscribers");
  });

  it("refuses a file it cannot import with its name, line and reason, and changes nothing", async () => {
    const dir = await exampleConfig();
    const before = await readFile(join(dir, "subscribers.yaml"), "utf8");
    const write = async (name: string, text: string): Promise<string> => {
      await writeFile(join(dir, name), text);
      return join(dir, name);
    };
    const cases: [string, RegExp][] = [
      [await write("broken.yaml", "- email: a@example.com\n  timezone: [Asia/Manila\n- email: b@example.com\n"), /broken\.yaml:\d+:\d+: not valid YAML/],
      [join(dir, "absent.yaml"), /absent\.yaml: cannot read it \(ENOENT\)/],
      [await write("readers.csv", "email,timezone\na@example.com,Asia/Manila\n"), /readers\.csv: expected a list of readers/],
      [await write("one.json", '{"email": "a@example.com"}'), /one\.json: expected a list of readers .* found a mapping/],
      [await write("bad.yaml", "- email: a@example.com\n- email: not-an-address\n"), /bad\.yaml:2: entry 2: .*email/],
    ];
    for (const [file, expected] of cases) {
      const run = await digest(["subscribers", "import", file, "--config", dir]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(expected);
      expect(run.stderr).not.toContain("this is a bug");
    }
    expect(await readFile(join(dir, "subscribers.yaml"), "utf8")).toBe(before);
  });

  it("edits nothing in a file that does not load as it stands, and writes no change that would not", async () => {
    const dir = await exampleConfig();
    const file = join(dir, "subscribers.yaml");
    // A hand edit that keyed readers by address: adding one must not replace them all.
    const keyed = "subscribers:\n  minji@example.com:\n    timezone: Asia/Seoul\n  dana@example.com:\n    timezone: Asia/Manila\n";
    await writeFile(file, keyed);
    const add = await digest(["subscribers", "add", "new@example.com", "--config", dir]);
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/subscribers\.yaml:\d+:\d+ subscribers: expected array/);
    expect(await readFile(file, "utf8")).toBe(keyed);

    await writeFile(file, "subscribers:\n\t- email: a@example.com\n");
    const tabbed = await digest(["subscribers", "add", "b@example.com", "--config", dir]);
    expect(tabbed.code).toBe(2);
    expect(tabbed.stderr).toMatch(/subscribers\.yaml:2:\d+ \(syntax\): expected valid YAML/);
    expect(tabbed.stderr).not.toContain("this is a bug");

    await cp(join(ROOT, "config", "subscribers.yaml"), file);
    const before = await readFile(file, "utf8");
    const unknown = await digest(["subscribers", "add", "kenji@example.jp", "--digest", "asia-weekly", "--config", dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/digests\[0\]: expected a digest id from .*digest\.yaml \(asia-daily\), found "asia-weekly"/);
    expect(unknown.stderr).toContain("subscribers.yaml is left as it was.");
    expect(await readFile(file, "utf8")).toBe(before);
    expect((await digest(["subscribers", "add", "x@example.com", "--config", join(dir, "no-such-folder")])).code).toBe(2);
  });

  it("resubscribes only a reader who is suppressed, and says what it lifted", async () => {
    const dir = await exampleConfig();
    const state = join(dir, "ledger.sqlite");
    const args = (...more: string[]) => ["subscribers", "resubscribe", ...more, "--config", dir, "--state", state];
    const { openSqliteLedger } = await import("../../src/delivery/sqlite-ledger.ts");
    const ledger = openSqliteLedger(state);
    ledger.suppress("oliver.hughes@example.co.uk", "*", "unsubscribed from all", new Date());
    ledger.close();

    const nobody = await digest(args("oliver.hughes@exmaple.co.uk"));
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/is not suppressed: nothing to lift/);
    expect((await digest(args("oliver.hughes@example.co.uk", "--digest", "no-such-digest"))).stderr).toMatch(/--digest: no digest "no-such-digest"/);
    const one = await digest(args("oliver.hughes@example.co.uk", "--digest", "asia-daily"));
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/suppressed from every digest \(unsubscribed from all\); lift that with: digest subscribers resubscribe oliver\.hughes@example\.co\.uk/);
    const all = await digest(args("Oliver.Hughes@example.co.uk"));
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain("will get every digest they subscribe to again (lifted: every digest, unsubscribed from all)");
  });

  it("exports readers as written, so an import elsewhere keeps 'every digest' open-ended, and refuses a file listing a reader twice", async () => {
    const dir = await exampleConfig();
    const exported = await digest(["subscribers", "export", "--config", dir]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).not.toMatch(/digests:|status:|format:|&a\d|\*a\d/);
    expect(exported.stdout).toContain("- email: minji.park@example.com");

    const other = await exampleConfig();
    await writeFile(join(other, "subscribers.yaml"), "subscribers: []\n");
    await writeFile(join(other, "readers.yaml"), exported.stdout);
    expect((await digest(["subscribers", "import", join(other, "readers.yaml"), "--config", other])).stdout).toContain("imported 3 of 3");
    expect(await readFile(join(other, "subscribers.yaml"), "utf8")).not.toContain("digests");

    await writeFile(join(other, "twice.yaml"), "- email: new@example.com\n  timezone: Asia/Tokyo\n- email: NEW@example.com\n  timezone: Asia/Seoul\n");
    const twice = await digest(["subscribers", "import", join(other, "twice.yaml"), "--config", other]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/twice\.yaml:3: entry 2: new@example\.com is listed twice \(first as entry 1\); keep one/);
  });
});
