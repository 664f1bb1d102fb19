import { describe, expect, it } from "vitest";
import { SubscribersDocument } from "../../src/config/subscribers-file.ts";

describe("SubscribersDocument", () => {
  it("grows an empty list into one entry a line, as an operator would write it", () => {
    const doc = new SubscribersDocument("subscribers: []\n");
    doc.add({ email: "a@example.com", timezone: "Asia/Tokyo" });
    doc.add({ email: "b@example.com" });
    expect(doc.toString()).toBe("subscribers:\n  - email: a@example.com\n    timezone: Asia/Tokyo\n  - email: b@example.com\n");
  });

  it("keeps the operator's comments and flow lists when it edits", () => {
    const doc = new SubscribersDocument("# Readers\nsubscribers:\n  - email: a@example.com # the first\n    countries: [CN, TW]\n");
    doc.update("A@example.com", { timezone: "Asia/Taipei" });
    expect(doc.toString()).toBe("# Readers\nsubscribers:\n  - email: a@example.com # the first\n    countries: [CN, TW]\n    timezone: Asia/Taipei\n");
  });
});
