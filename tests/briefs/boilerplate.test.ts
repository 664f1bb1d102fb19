import { describe, expect, it } from "vitest";
import { stripBoilerplate } from "../../src/briefs/boilerplate.ts";

describe("stripBoilerplate", () => {
  it("cuts at the first furniture line and drops everything after it", () => {
    const body = ["Para one.", "Para two.", "Share this article", "Related stories", "Another headline we link to", "© 2026 Example", "No comments:"];
    expect(stripBoilerplate(body)).toEqual(["Para one.", "Para two."]);
  });

  it("recognises furniture by general rules, in any order", () => {
    for (const line of ["Subscribe to our newsletter", "Follow us on X", "Read more", "Tags: trade, Japan", "3 Comments", "Sign up for alerts", "(Reporting by A; Editing by B)", "The post Foo appeared first on Bar.", "The Steppe Letter is a weekly newsletter on Central Asian politics and business. Forward it to a friend.", "Forward it to a friend.", "Get local news delivered to your inbox. Sign up for the Tribune morning newsletter. © 2026 The Tribune. All rights reserved.", "In solidarity, The PRC team", "Best regards,", "See you next Wednesday.", "You are receiving this bulletin because you subscribed at example.org. Unsubscribe · Petition"]) {
      expect(stripBoilerplate(["Body.", line, "tail"])).toEqual(["Body."]);
    }
  });

  it("keeps body text that merely starts like furniture", () => {
    const body = ["Body.", "Share prices in Tokyo rose 2% on Monday.", "No comment came from the ministry.", "Related talks will follow in Seoul next month, officials said.", "The bill would extend copyright protection for films made since 1990 to 95 years.", "Regards to the union's demands, the ministry said nothing."];
    expect(stripBoilerplate(body)).toEqual(body);
  });

  it("drops a 'Continue reading…' tail glued to the last paragraph, but not an ordinary 'more'", () => {
    expect(stripBoilerplate(["Body.", "Last words. Continue reading…"])).toEqual(["Body.", "Last words."]);
    expect(stripBoilerplate(["Exports may grow more"])).toEqual(["Exports may grow more"]);
  });

  it("keeps a feed's one paragraph that ends on its copyright line, without the line", () => {
    const story = "MANILA, March 3 (Wire) -- The port authority said on Tuesday it would raise berthing fees at three terminals from April.";
    expect(stripBoilerplate([`${story} © 2026 Wire News Agency`])).toEqual([story]);
    expect(stripBoilerplate([`${story} Copyright 2026 Wire News Agency. All rights reserved.`])).toEqual([story]);
    expect(stripBoilerplate(["Body.", "© 2026 Wire News Agency. All rights reserved."])).toEqual(["Body."]);
  });
});
