import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeSourceDeps, readAllSources, sourceFor } from "../../src/sources/index.ts";
import { FIXTURES } from "./helpers.ts";

function tempDirWithFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefs-"));
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  writeFileSync(join(dir, ".hidden.txt"), "not a brief");
  writeFileSync(join(dir, "notes.pdf"), "%PDF");
  mkdirSync(join(dir, "archive"));
  return dir;
}

describe("directory and file sources", () => {
  it("loads every good file and reports each broken one, naming the file", async () => {
    const dir = tempDirWithFixtures();
    const { drafts, problems } = await sourceFor(dir, nodeSourceDeps).read();
    const broken = new Set(problems.map((p) => p.where.slice(dir.length + 1)));
    expect([...broken].sort()).toEqual(["bad-date.md", "bad-front-matter.md", "briefs.json", "broken.xml", "invalid.json", "no-date.md", "rss-broken-item.xml", "wire-no-date.txt"]);
    const titles = drafts.map((d) => d.title);
    expect(titles).toContain("Manila and Hanoi agree to expand coast guard hotline");
    expect(titles).toContain("Kuala Lumpur to host Asean energy meeting");
    expect(titles).toContain("Seoul and Jakarta sign a battery supply pact");
    expect(titles).toContain("Atom draft-07 snapshot");
    expect(drafts.some((d) => d.source.includes(".hidden") || d.source.includes("notes.pdf"))).toBe(false);
  });

  it("reads a single file of any shape, and a file with an unknown extension by its content", async () => {
    const dir = mkdtempSync(join(tmpdir(), "brief-"));
    copyFileSync(join(FIXTURES, "wire.txt"), join(dir, "wire"));
    copyFileSync(join(FIXTURES, "feed-rs__atom_example_1.xml"), join(dir, "feed.download"));
    const result = await readAllSources([sourceFor(join(FIXTURES, "brief.md"), nodeSourceDeps), sourceFor(join(dir, "wire"), nodeSourceDeps), sourceFor(join(dir, "feed.download"), nodeSourceDeps)]);
    expect(result.problems).toEqual([]);
    expect(result.drafts.map((d) => d.title)).toEqual(["Seoul and Jakarta sign a battery supply pact", "Hanoi textile exports rise for a third month", "Atom draft-07 snapshot"]);
  });

  it("reports a missing path as a problem, and other sources still load", async () => {
    const missing = join(tmpdir(), "does-not-exist-briefs");
    const result = await readAllSources([sourceFor(missing, nodeSourceDeps), sourceFor(join(FIXTURES, "wire.txt"), nodeSourceDeps)]);
    expect(result.problems).toEqual([{ where: missing, message: "no such file or directory" }]);
    expect(result.drafts).toHaveLength(1);
  });

  it("turns a source that throws into a problem", async () => {
    const result = await readAllSources([{ name: "flaky", read: () => Promise.reject(new Error("boom")) }]);
    expect(result).toEqual({ drafts: [], problems: [{ where: "flaky", message: "could not be read: boom" }] });
  });
});
