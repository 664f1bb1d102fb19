import { describe, expect, it } from "vitest";
import { findAgenda, labelOf } from "../../src/analysis/agenda.ts";
import { clipSentence } from "../../src/analysis/text.ts";

describe("agenda labels name the topic in 1–4 words", () => {
  it("leaves out the season a thing happens in", () => {
    expect(labelOf("Vakhsh releases during the summer")).toBe("Vakhsh releases");
    expect(labelOf("water allocation over the dry season")).toBe("Water allocation");
  });

  it("keeps a head that names the topic by itself, and the complement of one that does not", () => {
    expect(labelOf("financing for the new dam on the river")).toBe("Financing");
    expect(labelOf("compensation for fishing communities")).toBe("Compensation for fishing communities");
    expect(labelOf("the ban on copper concentrate exports")).toBe("Ban on concentrate exports");
  });

  it("lets whose it is go when nothing else fits, but keeps a clause or a name from becoming a label", () => {
    expect(labelOf("Mekong River Commission's Joint Platform Working Group")).toBe("Joint Platform Working Group");
    expect(labelOf("the ministry's proposed subsidy clawback powers over ports")).toBe("Proposed subsidy clawback powers");
    expect(labelOf("Laos's power utility depends heavily on dam revenue")).toBeUndefined();
    expect(labelOf("Vietnam's state power utility EVN")).toBeUndefined();
    expect(labelOf("the so-called green lane")).toBe("Green lane");
  });

  it("names what a question in a list asks about, but not who it asks about", () => {
    expect(labelOf("how quickly rooftop solar installations can replace diesel generators")).toBe("Rooftop solar installations");
    expect(labelOf("whether the new cold storage network at the Chittagong port is ready")).toBe("New cold storage network");
    expect(labelOf("whether small exporters can be spared the new levy")).toBeUndefined();
  });

  it("gives a bold modifier the noun it modifies", () => {
    const paragraphs = [
      "Port volumes rose for a fourth month in a row, the harbour authority said on Monday.",
      "Container traffic grew 9 percent, while bulk cargo fell as grain shipments slowed.",
    ];
    const html = `<p>${paragraphs[0]}</p><p><b>Container</b> traffic grew 9 percent, while <b>bulk</b> cargo fell as grain shipments slowed.</p>`;
    expect(findAgenda({ paragraphs, html }).map((a) => a.label)).toEqual(["Container traffic", "Bulk cargo"]);
  });
});

describe("clipSentence", () => {
  const words = (s: string) => s.split(/\s+/).length;

  it("keeps a sentence of about 30 words whole", () => {
    const s = "The ministry said freight volumes on the new line rose by a third last year, and that passenger numbers would pass two million by the end of the decade.";
    expect(clipSentence(s)).toBe(s);
  });

  it("cuts before a new clause rather than inside an aside", () => {
    const s =
      "Delegates from eleven coastal states closed their meeting in the port city on Friday with the host, a small island nation, announcing a joint patrol fund, while the larger members said they would decide on their own contributions only after their budgets were passed next spring.";
    const clipped = clipSentence(s);
    expect(clipped).toMatch(/announcing a joint patrol fund…$/);
    expect(words(clipped)).toBeLessThanOrEqual(32);
  });

  it("never ends a clipped line on a function word", () => {
    const s =
      "Officials from the two neighbouring governments signed an outline of a long-delayed agreement to share the river's water during the dry season under a formula set by a joint technical committee of engineers and hydrologists from both sides";
    expect(clipSentence(s)).not.toMatch(/\b(?:a|an|the|of|to|by|from|and)…$/);
  });
});
