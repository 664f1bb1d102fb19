import { describe, expect, it } from "vitest";
import { summarise } from "../../src/analysis/summary.ts";

describe("summarise", () => {
  it("takes the lead sentence without its wire dateline", () => {
    expect(summarise("t", ["MANILA, Feb 13 (Example Wire) - Ferry operators cancelled dozens of sailings on Friday. More later."])).toBe(
      "Ferry operators cancelled dozens of sailings on Friday.",
    );
  });

  it("cuts a long lead at a clause break, within ~30 words", () => {
    const lead =
      "The central bank raised its policy rate by half a point on Thursday to defend a currency that has lost a fifth of its value since March, while warning that inflation could stay above target for most of next year and into the one after.";
    const s = summarise("t", [lead]);
    expect(s.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(s).toMatch(/since March…$/);
  });

  it("falls back on the title when there is no body", () => {
    expect(summarise("Typhoon hits Luzon", [])).toBe("Typhoon hits Luzon");
  });
});
