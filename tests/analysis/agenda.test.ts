import { describe, expect, it } from "vitest";
import { findAgenda, labelOf } from "../../src/analysis/agenda.ts";
import { understandBrief } from "../../src/analysis/index.ts";
import { fixture, readBriefText } from "./read-fixture.ts";

const labels = async (name: string) => understandBrief(await readBriefText(fixture(name))).agenda.map((a) => a.label);

describe("findAgenda", () => {
  it("reads the item each paragraph of an analysis piece opens on", async () => {
    expect(await labels("vietnam-indonesia-visit.txt")).toEqual(["Fisheries", "Battery supply chains", "South China Sea", "Rice"]);
  });

  it("reads items a wire story sets in bold", async () => {
    expect(await labels("wire-tariffs.html")).toEqual(["Beef quotas", "Critical minerals", "Auto parts"]);
  });

  it("reads the items a sentence lists, each with the sentence that explains it", async () => {
    const u = understandBrief(await readBriefText(fixture("list-agenda.md")));
    expect(u.agenda.map((a) => a.label)).toEqual(["Data sharing", "Compensation for fishing communities"]);
    expect(u.agenda[0]?.summary).toMatch(/^Data sharing has been the sticking point/);
  });

  it("gives a short news brief no items rather than wrong ones", async () => {
    expect(await labels("short-wire.txt")).toEqual([]);
    expect(await labels("russia-budget-nk.txt")).toEqual([]);
  });

  it("explains each item in one sentence of at most ~30 words", async () => {
    const u = understandBrief(await readBriefText(fixture("vietnam-indonesia-visit.txt")));
    for (const item of u.agenda) {
      expect(item.summary.split(/\s+/).length).toBeLessThanOrEqual(32);
      expect(item.summary).not.toMatch(/\.\s+[A-Z].*\./);
    }
    // A cue sentence that only names the topic is followed by the one that says what is at stake.
    expect(u.agenda[0]?.summary).toMatch(/^Vietnamese boats are regularly detained/);
  });

  it("stops at five items", () => {
    const topics = ["Tariffs", "Fisheries", "Energy", "Migration", "Tourism", "Visas"];
    const paragraphs = topics.map((t) => `${t} is also expected to feature prominently. Officials disagree on ${t.toLowerCase()} and the gap is wide.`);
    expect(findAgenda({ paragraphs })).toHaveLength(5);
  });
});

describe("labelOf", () => {
  it.each([
    ["China’s economic slowdown and its growing assertiveness, weighing how to balance", "China’s economic slowdown"],
    ["likely to be security.", "Security"],
    ["the question of wartime labour", "Wartime labour"],
    ["financing for the new dam on the upper reaches of the river", "Financing"],
  ])("%s → %s", (topic, label) => {
    expect(labelOf(topic)).toBe(label);
  });

  it("refuses pronouns and long clauses", () => {
    expect(labelOf("it")).toBeUndefined();
    expect(labelOf("whatever both governments eventually decide would be best for exporters")).toBeUndefined();
  });
});
