import { describe, expect, it } from "vitest";
import { buildView } from "../../src/render/index.ts";
import { dateLocale } from "../../src/render/locale.ts";
import { aBrief, aDigest, anAgendaItem, anEdition, aSender } from "./builders.ts";

const viewOf = (brief = aBrief(), over = {}) => buildView(anEdition({ briefs: [brief], ...over }), aDigest(), aSender(), 1).briefs[0]!;

describe("the view of a brief", () => {
  it("writes the dateline as place, date and publisher", () => {
    expect(viewOf().dateline).toEqual(["TOKYO", "9 Jan 2026", "Meridian Asia Wire"]);
  });

  it("falls back to the publication date in the edition's time zone", () => {
    const brief = aBrief({ dateline: undefined, publishedAt: new Date("2026-01-09T20:30:00Z") });
    expect(viewOf(brief, { timezone: "Asia/Tokyo" }).dateline).toEqual(["10 Jan 2026", "Meridian Asia Wire"]);
    expect(viewOf(brief, { timezone: "Asia/Kolkata" }).dateline).toEqual(["10 Jan 2026", "Meridian Asia Wire"]);
    expect(viewOf(brief, { timezone: "Asia/Kabul" }).dateline).toEqual(["10 Jan 2026", "Meridian Asia Wire"]);
    expect(viewOf(brief, { timezone: "Asia/Tashkent" }).dateline).toEqual(["10 Jan 2026", "Meridian Asia Wire"]);
    expect(viewOf(brief, { timezone: "UTC" }).dateline).toEqual(["9 Jan 2026", "Meridian Asia Wire"]);
    expect(viewOf(brief, { timezone: "Mars/Olympus_Mons" }).dateline).toEqual(["9 Jan 2026", "Meridian Asia Wire"]);
  });

  it("names countries in the reader's language and drops codes nobody knows", () => {
    const brief = aBrief({ countries: ["JP", "KR", "XX", "not-a-code", "jp"] });
    expect(viewOf(brief).tags).toEqual(["Japan", "South Korea"]);
    expect(viewOf(brief, { locale: "ko" }).tags).toEqual(["일본", "한국"]);
    expect(viewOf(aBrief({ countries: ["HK", "MO"] })).tags).toEqual(["Hong Kong", "Macao"]);
  });

  it("keeps the agenda short: four items, one sentence each", () => {
    const long = "Officials will meet first in Seoul. A second round follows in Osaka, and a third later in the year.";
    const brief = aBrief({ agenda: [1, 2, 3, 4, 5].map((i) => anAgendaItem({ label: `Item ${i}`, summary: long })) });
    const { agenda } = viewOf(brief);
    expect(agenda).toHaveLength(4);
    expect(agenda[0]).toEqual({ label: "Item 1", text: "Officials will meet first in Seoul." });
  });

  it("numbers briefs and gives linked ones a footnote, in rank order", () => {
    const view = buildView(anEdition({ briefs: [aBrief({ id: "a" }), aBrief({ id: "b", url: undefined }), aBrief({ id: "c" })] }), aDigest(), aSender(), 3);
    expect(view.briefs.map((b) => [b.n, b.ref])).toEqual([[1, 1], [2, null], [3, 2]]);
    expect([view.preferencesRef, view.unsubscribeRef]).toEqual([3, 4]);
  });
});

describe("date locales", () => {
  it("map BCP 47 tags to date-fns locales, falling back by language and then to en-GB", () => {
    expect(dateLocale("en-GB").code).toBe("en-GB");
    expect(dateLocale("en-US").code).toBe("en-US");
    expect(dateLocale("ko-KR").code).toBe("ko");
    expect(dateLocale("zh-CN").code).toBe("zh-CN");
    expect(dateLocale("zh-Hant-TW").code).toBe("zh-TW");
    expect(dateLocale("ja").code).toBe("ja");
    expect(dateLocale("xx-YY").code).toBe("en-GB");
  });
});
