import { describe, expect, it } from "vitest";
import { findDate, parseDate } from "../../src/briefs/dates.ts";

const iso = (raw: string): string | undefined => parseDate(raw)?.date.toISOString();

describe("parseDate", () => {
  it("reads ISO 8601 with and without zones; a bare date is 12:00 UTC", () => {
    expect(iso("2026-01-12T09:30:00Z")).toBe("2026-01-12T09:30:00.000Z");
    expect(iso("2016-02-01T17:22:00+01:00")).toBe("2016-02-01T16:22:00.000Z");
    expect(iso("2026-01-12")).toBe("2026-01-12T12:00:00.000Z");
    expect(parseDate("2026-01-12")?.dateOnly).toBe(true);
    expect(iso("2018-09-18 14:38:10")).toBe("2018-09-18T14:38:10.000Z");
  });

  it("reads dates written year first in Chinese, Japanese and Korean, with slashes, and Vietnamese by name; refuses an ambiguous 03/04/2026", () => {
    expect(iso("2026年3月4日")).toBe("2026-03-04T12:00:00.000Z");
    expect(iso("2026年3月4日 (水)")).toBe("2026-03-04T12:00:00.000Z");
    expect(iso("2026년 1월 12일 월요일")).toBe("2026-01-12T12:00:00.000Z");
    expect(iso("2026/03/04")).toBe("2026-03-04T12:00:00.000Z");
    expect(iso("Thứ Hai, ngày 12 tháng 1 năm 2026")).toBe("2026-01-12T12:00:00.000Z");
    expect(parseDate("03/04/2026")).toBeUndefined();
    expect(parseDate("2026年2月30日")).toBeUndefined();
  });

  it("reads RFC 822 dates, including Portuguese and German names", () => {
    expect(iso("Sun, 30 Jun 2019 16:09:58 -0400")).toBe("2019-06-30T20:09:58.000Z");
    expect(iso("Sun, 24 Feb 2019 12:23:42 GMT")).toBe("2019-02-24T12:23:42.000Z");
    expect(iso("Seg, 24 Set 2018 19:42:40 -0300")).toBe("2018-09-24T22:42:40.000Z");
    expect(iso("Di, 03 Mär 2026 10:00:00 +0100")).toBe("2026-03-03T09:00:00.000Z");
    expect(iso("Mar, 03 mars 2026 10:00:00 +0100")).toBe("2026-03-03T09:00:00.000Z");
    expect(iso("Tue, 27 Jan 2026 10:06:00 EST")).toBe("2026-01-27T15:06:00.000Z");
  });

  it("reads written-out header dates", () => {
    expect(iso("Friday, January 09, 2026")).toBe("2026-01-09T12:00:00.000Z");
    expect(iso("12 January 2026")).toBe("2026-01-12T12:00:00.000Z");
    expect(iso("24 de setembro de 2018")).toBe("2018-09-24T12:00:00.000Z");
    expect(iso("9. Januar 2026")).toBe("2026-01-09T12:00:00.000Z");
  });

  it("refuses what is not a date", () => {
    for (const bad of ["next Tuesday", "2026-02-30", "January 2026", "South Korea's President Lee", "Sun, 99 Jun 2019", ""]) expect(parseDate(bad)).toBeUndefined();
  });
});

describe("findDate", () => {
  it("finds a date inside a byline", () => {
    expect(findDate("By bno - Tokyo Office\u00a0January 9, 2026")?.date.toISOString()).toBe("2026-01-09T12:00:00.000Z");
    expect(findDate("By Jane Roe in Manila")).toBeUndefined();
  });

  it("keeps the writer's own day when a time carries a zone other than UTC", () => {
    expect(parseDate("2026-02-09T07:45:00+08:00")?.localDay).toBe("2026-02-09");
    expect(parseDate("2026-02-09T07:45:00+08:00")?.date.toISOString()).toBe("2026-02-08T23:45:00.000Z");
    expect(parseDate("2026-02-09T07:45:00Z")?.localDay).toBeUndefined();
  });

  it("reads a page's date line with its zone written after GMT and the words around it", () => {
    expect(parseDate("October 4, 2025 3:48 PM GMT+9 Updated")).toMatchObject({ localDay: "2025-10-04", date: new Date("2025-10-04T06:48:00Z") });
    expect(parseDate("Published 2 March 2026 23:10 UTC+5:30")?.date.toISOString()).toBe("2026-03-02T17:40:00.000Z");
    expect(parseDate("Sat 4 Oct 2025 06.48 BST")?.date.toISOString()).toBe("2025-10-04T05:48:00.000Z");
  });
});
