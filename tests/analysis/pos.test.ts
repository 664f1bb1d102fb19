import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/analysis/pos.ts";

const tagOf = (sentence: string, word: string): string[] => termsOf(sentence).find((t) => t.normal === word)?.tags ?? [];

describe("termsOf", () => {
  it("reads a verb after its subject in a question, where compromise's rules read a noun", () => {
    expect(tagOf("Will the Central Bank raise interest rates?", "raise")).toContain("Verb");
    expect(tagOf("Will the Central Bank raise interest rates?", "rates")).toContain("Noun");
  });

  it("reads 'object to' after its subject as a verb, and 'the object' as a noun", () => {
    expect(tagOf("Fishing unions object to the new quota rules.", "object")).toContain("Verb");
    expect(tagOf("The object to the left of the stage is a loom.", "object")).toContain("Noun");
  });

  it("reads a noun inside a noun phrase as a noun", () => {
    expect(tagOf("His party's municipal campaign is demanding attention.", "campaign")).toContain("Noun");
    expect(tagOf("What do fuel imports have to do with it?", "imports")).toContain("Noun");
  });

  it("keeps compromise's verbs where the statistical tagger finds no verb at all", () => {
    // wink reads "tops" as a noun here, which would leave the sentence without a verb.
    expect(tagOf("The 2025 state budget tops the list.", "tops")).toContain("Verb");
  });

  it("reads a form of 'be' as the verb where compromise reads a noun ('are', the unit of area)", () => {
    expect(tagOf("Nepal and the Maldives are expected to push for cheaper flights.", "are")).toContain("Copula");
  });

    it("keeps a hyphenated compound as compromise reads it", () => {
    expect(tagOf("A write-down of roughly 25% on the claims of senior bondholders.", "write")).not.toContain("Verb");
  });

  it("keeps compromise's other tags and the offsets of the text it read", () => {
    const text = "Ministers meet on Friday in Tokyo.";
    const terms = termsOf(text);
    expect(tagOf(text, "friday")).toContain("Date");
    for (const t of terms) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });
});
