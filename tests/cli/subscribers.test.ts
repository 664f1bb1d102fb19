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
});
