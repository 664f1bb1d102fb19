import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/analysis/pos.ts";
import { headsClause, verbGroup } from "../../src/analysis/verbs.ts";

const groupOf = (text: string, verb: string) => {
  const terms = termsOf(text);
  const i = terms.findIndex((t) => t.normal === verb);
  return { heads: headsClause(terms, i), ...verbGroup(terms, i), first: terms[verbGroup(terms, i).from]?.normal };
};

describe("verb groups", () => {
  it("a plain past tells history; a past with its auxiliary does not", () => {
    expect(groupOf("The two sides fought a war", "fought")).toMatchObject({ heads: true, past: true });
    expect(groupOf("The vote was postponed", "postponed")).toMatchObject({ past: false, first: "was" });
    expect(groupOf("The summit will be held", "held")).toMatchObject({ past: false, present: true, first: "will" });
  });

  it("a participle before its noun describes it and heads no clause", () => {
    expect(groupOf("Ministers will announce revised quotas", "revised").heads).toBe(false);
    expect(groupOf("They tabled a revised draft", "revised").heads).toBe(false);
  });
});
