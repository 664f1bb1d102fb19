import { describe, expect, it } from "vitest";
import { markDuplicates } from "../../src/analysis/index.ts";
import { aBrief } from "../support/builders.ts";

const wire = aBrief({
  id: "wire",
  publisher: "Example Wire",
  title: "Thailand and Cambodia agree border ceasefire after talks in Kuala Lumpur",
  paragraphs: [
    "Thailand and Cambodia agreed on Monday to an immediate ceasefire along their disputed border after talks in Kuala Lumpur hosted by Malaysia's prime minister.",
    "The fighting, the worst in over a decade, displaced more than 200,000 people on both sides of the frontier near the Preah Vihear temple.",
  ],
});
const rewrite = aBrief({
  id: "rewrite",
  publisher: "Example Post",
  title: "Ceasefire on Thai-Cambodian border agreed in Malaysia",
  paragraphs: [
    "Cambodia and Thailand have agreed to a ceasefire on their disputed border, following talks hosted in Kuala Lumpur by Malaysia's prime minister on Monday.",
    "More than 200,000 people were displaced by the fighting near the Preah Vihear temple, the worst in over a decade.",
    "Observers from ASEAN will monitor the frontier, officials said.",
  ],
});
const other = aBrief({
  id: "other",
  publisher: "Example Wire",
  title: "Thailand's central bank holds rates",
  paragraphs: ["The Bank of Thailand kept its policy rate unchanged on Wednesday, citing weak exports and a strong baht.", "Tourism arrivals fell in December."],
});

describe("markDuplicates", () => {
  it("keeps the fuller of two reports of one story and names the other outlet", () => {
    const out = markDuplicates([wire, rewrite, other]);
    const byId = new Map(out.map((b) => [b.id, b]));
    expect(byId.get("rewrite")?.duplicateOf).toBeUndefined();
    expect(byId.get("rewrite")?.alsoReportedBy).toEqual(["Example Wire"]);
    expect(byId.get("wire")?.duplicateOf).toBe("rewrite");
    expect(byId.get("other")?.duplicateOf).toBeUndefined();
  });

  it("returns new objects and leaves its input alone", () => {
    const input = [wire, rewrite];
    const out = markDuplicates(input);
    expect(out[0]).not.toBe(wire);
    expect(wire.duplicateOf).toBeUndefined();
  });

  it("does not join two stories that share every word but the country", () => {
    const nepal = aBrief({ id: "np", title: "Nepal opens border crossing", countries: ["NP"], paragraphs: ["KATHMANDU, Jan 12 - Nepal opened a border crossing on Monday."] });
    const bhutan = aBrief({ id: "bt", title: "Bhutan opens border crossing", countries: ["BT"], paragraphs: ["THIMPHU, Jan 12 - Bhutan opened a border crossing on Monday."] });
    expect(markDuplicates([nepal, bhutan]).every((b) => b.duplicateOf === undefined)).toBe(true);
    expect(markDuplicates([nepal, { ...bhutan, countries: ["NP", "BT"] }]).some((b) => b.duplicateOf !== undefined)).toBe(true);
  });

  it("does not join the same words a month apart", () => {
    const later = { ...rewrite, id: "later", publishedAt: new Date("2026-02-20T00:00:00Z") };
    expect(markDuplicates([wire, later]).every((b) => b.duplicateOf === undefined)).toBe(true);
  });
});
