import { describe, expect, it } from "vitest";
import { understandBrief } from "../../src/analysis/index.ts";
import { withoutSpeakers } from "../../src/analysis/transcript.ts";

describe("withoutSpeakers", () => {
  it("drops a transcript's speaker tags when two or more turns carry one", () => {
    expect(withoutSpeakers(["HOST: Good evening.", "CORRESPONDENT (Mele Fifita): The port reopened today."])).toEqual(["Good evening.", "The port reopened today."]);
  });

  it("leaves a lone tag, and a dateline, as they are", () => {
    expect(withoutSpeakers(["ANALYSIS: The port reopened today.", "It had been shut for a week."])).toEqual(["ANALYSIS: The port reopened today.", "It had been shut for a week."]);
    expect(withoutSpeakers(["NEW DELHI: The port reopened today.", "HOST: Thank you."])).toEqual(["NEW DELHI: The port reopened today.", "HOST: Thank you."]);
  });

  it("keeps a speaker out of the dateline", () => {
    const u = understandBrief({ id: "b", title: "Bulletin", paragraphs: ["Transcript — noon bulletin", "ANCHOR: The regulator meets on Monday.", "REPORTER (Sam Ito): Retailers say they will cooperate."], publishedAt: new Date("2026-06-09T00:00:00Z") });
    expect(u.dateline).toBeUndefined();
  });
});
