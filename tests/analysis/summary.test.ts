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

  it("leaves out a list item's mark and a dateline under a date line", () => {
    expect(summarise("t", ["1. The president will pay an official visit to Japan from June 16 to 19."])).toBe("The president will pay an official visit to Japan from June 16 to 19.");
    expect(summarise("t", ["Jan 9, 2026, 05:00 AM", "SINGAPORE – It will be the first budget of the new term, economists say."])).toBe("It will be the first budget of the new term, economists say.");
  });
});
