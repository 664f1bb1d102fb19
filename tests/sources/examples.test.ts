// Every example brief shipped with the project loads cleanly.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kindOfName } from "../../src/sources/document.ts";
import { nodeSourceDeps, sourceFor } from "../../src/sources/index.ts";

const DIR = join(import.meta.dirname, "../../examples/briefs");

describe("examples/briefs", () => {
  it("loads every file with zero problems, one or more dated drafts per file", async () => {
    const { drafts, problems } = await sourceFor(DIR, nodeSourceDeps).read();
    expect(problems).toEqual([]);
    const files = readdirSync(DIR).filter((n) => !n.startsWith(".") && kindOfName(n) !== undefined);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(drafts.some((d) => d.source.includes(file)), file).toBe(true);
    for (const d of drafts) {
      expect(d.title, d.source).not.toBe("");
      expect(d.publishedAt, d.source).toBeInstanceOf(Date);
      expect(d.paragraphs.length, d.source).toBeGreaterThan(0);
      expect(d.paragraphs.join(" "), d.source).not.toMatch(/No comments:|Share this|Subscribe to|Related stories|©/);
    }
  });
});
