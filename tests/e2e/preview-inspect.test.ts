import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { digest } from "../support/cli.ts";

describe("digest preview", () => {
  it("writes a reader's next digest to a file, on the bundled example", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "digest-preview-")), "d.html");
    // A state no run has kept: the preview shows the next send time's issue.
    const run = await digest(["preview", "--to", "oliver.hughes@example.co.uk", "--as-of", "2026-01-13T05:00:00Z", "--out", out, "--state", join(dirname(out), "none.sqlite")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/next asia-daily at 2026-01-13T07:00:00\.000Z — [1-9]\d* brief/);
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Asia Briefing");
    expect(html).toContain("Oliver Hughes");
    expect(html).not.toContain("Russia's budget deficit");
  });

  it("prints the text part", async () => {
    const run = await digest(["preview", "--to", "minji.park@example.com", "--as-of", "2026-01-12T20:00:00Z", "--text", "--state", join(tmpdir(), "digest-preview-none", "state.sqlite")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Subject: Asia Briefing — Tue 13 Jan 2026: /);
  });

  it("shows the overdue issue a send would deliver now, and the next one once it has gone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "digest-preview-"));
    const outbox = ["--transport", `outbox:${join(dir, "outbox")}`];
    const opts = ["--to", "oliver.hughes@example.co.uk", "--state", join(dir, "state.sqlite")];
    // The service has run with this state (another reader's copy went out); Oliver's 13 January issue has not.
    expect((await digest(["send", "--to", "minji.park@example.com", "--state", join(dir, "state.sqlite"), ...outbox])).stdout).toMatch(/sent 1,/);
    const before = await digest(["preview", ...opts, "--text"]);
    expect(before.stdout).toMatch(/next asia-daily at 2026-01-13T07:00:00\.000Z/);
    const subject = /^Subject: .*$/m.exec(before.stdout)![0];
    const sent = await digest(["send", ...opts, ...outbox]);
    expect(sent.stdout).toMatch(/sent 1,/);
    const mail = await simpleParser(await readFile(join(dir, "outbox", "2026-01-13", "asia-daily--oliver.hughes@example.co.uk.eml")));
    expect(`Subject: ${mail.subject}`).toBe(subject);
    const after = await digest(["preview", ...opts]);
    expect(after.stdout).toMatch(/next asia-daily at 2026-01-14T07:00:00\.000Z/);
  });

  it("names an unknown reader and exits 2", async () => {
    const run = await digest(["preview", "--to", "nobody@example.com"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no subscriber nobody@example.com");
  });
});

describe("digest inspect --json", () => {
  it("reads the seed brief: headline, dateline, countries, region, agenda, coming up", async () => {
    const run = await digest(["inspect", "--json", "../shared/seeds/korea-japan-visit.txt"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const brief = JSON.parse(lines[0]!) as Record<string, unknown> & { agenda: { label: string; summary: string }[]; countries: string[]; upcoming: { date: string }[] };
    expect(brief.title).toBe("South Korea’s President Lee announces sudden visit to Japan");
    expect(brief.dateline).toMatchObject({ place: "Tokyo", date: "2026-01-09" });
    expect(brief.countries.slice(0, 2).sort()).toEqual(["JP", "KR"]);
    expect(brief.inRegion).toBe(true);
    expect(brief.publishedAt).toBe("2026-01-09T12:00:00.000Z");
    const agenda = brief.agenda.map((a) => `${a.label} ${a.summary}`.toLowerCase()).join(" | ");
    for (const topic of ["security", "economic resilience", "history", "china"]) expect(agenda).toContain(topic);
    expect(brief.upcoming.map((u) => u.date)).toContain("2026-01-13");
    for (const key of ["id", "url", "source", "regions", "summary"]) expect(brief).toHaveProperty(key);
  });

  it("reports a broken file with its line and goes on with the rest", async () => {
    const run = await digest(["inspect", "--json", "tests/fixtures/e2e/briefs"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/skipped: .*broken\.md:\d+/);
    expect(run.stdout.trim().split("\n")).toHaveLength(4);
  });

  it("refuses a region it does not know, naming the ones it does", async () => {
    const run = await digest(["inspect", "tests/fixtures/e2e/briefs", "--region", "nowhere"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--region: no region "nowhere" \(known: .*\basia\b.*greater-china/);
  });
});
