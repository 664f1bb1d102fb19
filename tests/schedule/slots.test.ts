import { describe, expect, it } from "vitest";
import { localDate, nextSlot, previousSlot } from "../../src/schedule/slots.ts";

describe("send times in a subscriber's zone", () => {
  it("07:00 in Seoul is 22:00 UTC the day before", () => {
    const slot = previousSlot("0 7 * * *", "Asia/Seoul", new Date("2026-01-13T12:30:00Z"));
    expect(slot.toISOString()).toBe("2026-01-12T22:00:00.000Z");
    expect(localDate(slot, "Asia/Seoul")).toBe("2026-01-13");
  });

  it("counts a send time equal to the clock as due", () => {
    const at = new Date("2026-01-13T07:00:00Z");
    expect(previousSlot("0 7 * * *", "Europe/London", at).toISOString()).toBe(at.toISOString());
  });

  it("follows daylight saving: 07:00 New York is 11:00 UTC in July", () => {
    expect(nextSlot("0 7 * * *", "America/New_York", new Date("2026-07-01T00:00:00Z")).toISOString()).toBe("2026-07-01T11:00:00.000Z");
  });

  it("sends a time the clocks skip at the same minute after the gap, and a time they repeat once", () => {
    // 2026-03-08 02:00 in New York jumps to 03:00; 02:30 does not exist that night.
    const spring = (at: string) => previousSlot("30 2 * * *", "America/New_York", new Date(at)).toISOString();
    expect(spring("2026-03-08T07:29:00Z")).toBe("2026-03-07T07:30:00.000Z");
    expect(spring("2026-03-08T07:30:00Z")).toBe("2026-03-08T07:30:00.000Z");
    expect(localDate(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(nextSlot("30 2 * * *", "America/New_York", new Date("2026-03-08T07:00:00Z")).toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(previousSlot("30 1 * * *", "Europe/London", new Date("2026-03-29T02:00:00Z")).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 2026-11-01 01:00–02:00 in New York happens twice: 01:30 is sent at its first occurrence only.
    expect(nextSlot("30 1 * * *", "America/New_York", new Date("2026-11-01T05:45:00Z")).toISOString()).toBe("2026-11-02T06:30:00.000Z");
    expect(previousSlot("30 1 * * *", "America/New_York", new Date("2026-11-01T06:45:00Z")).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    // London and Chatham too, where the zone data gave the second occurrence: 01:30 BST, 03:00 CHADT.
    expect(nextSlot("30 1 * * *", "Europe/London", new Date("2026-10-24T12:00:00Z")).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(nextSlot("30 1 * * *", "Europe/London", new Date("2026-10-25T00:30:00Z")).toISOString()).toBe("2026-10-26T01:30:00.000Z");
    expect(nextSlot("0 3 * * *", "Pacific/Chatham", new Date("2026-04-04T00:00:00Z")).toISOString()).toBe("2026-04-04T13:15:00.000Z");
  });

  it("skips weekends for a weekday schedule", () => {
    // 2026-01-17 is a Saturday.
    expect(nextSlot("30 6 * * 1-5", "UTC", new Date("2026-01-16T12:00:00Z")).toISOString()).toBe("2026-01-19T06:30:00.000Z");
  });
});
