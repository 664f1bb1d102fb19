// Quality floors: today's eval figures, rounded down. A change that makes analysis worse on the
// labelled corpus fails here; raise a floor when the figures improve.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../eval/index.ts";
import { namesTopic } from "../../eval/score.ts";

describe("analysis quality on eval/corpus", async () => {
  const scores = await evaluate();

  it("reads every labelled brief", () => {
    expect(scores.misses.filter((m) => /no brief read|could not be read|cannot read/.test(m))).toEqual([]);
    expect(scores.briefs).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ["region", 1.0],
    ["datelinePlace", 1.0],
    ["datelineDate", 1.0],
    ["agendaPrecision", 0.95],
    ["agendaRecall", 0.96],
    ["upcomingRecall", 1.0],
    ["countriesF1", 0.99],
  ] as const)("keeps %s at or above %s", (name, floor) => {
    expect(scores[name]).toBeGreaterThanOrEqual(floor);
  });
});

describe("namesTopic", () => {
  const item = (label: string, summary = "") => ({ label, summary });
  it("needs every word of the topic in the label or in the summary, in any order", () => {
    expect(namesTopic(item("Export controls on advanced chips"), "chip export controls")).toBe(true);
    expect(namesTopic(item("Seafood", "China suspended imports of seafood."), "seafood import ban")).toBe(false);
    expect(namesTopic(item("Tariffs", "The ban on imports stays."), "import ban")).toBe(true);
    expect(namesTopic(item("Water", "Prices rose."), "water prices")).toBe(false);
  });
});
