import { describe, expect, it } from "vitest";
import { composePreheader } from "../../src/render/subject.ts";

describe("composePreheader", () => {
  it("counts the briefs the email shows, as its masthead does, and says apart how many did not fit", () => {
    expect(composePreheader(["Lead", "Second", "Third"], 0)).toBe("3 briefs. Also: Second · Third");
    expect(composePreheader(["Lead", "Second"], 46)).toBe("2 briefs, 46 more matched. Also: Second");
    expect(composePreheader(["Only"], 0)).toBe("1 brief. Also: Only");
  });
});
