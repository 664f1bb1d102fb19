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

  it("skips weekends for a weekday schedule", () => {
    // 2026-01-17 is a Saturday.
    expect(nextSlot("30 6 * * 1-5", "UTC", new Date("2026-01-16T12:00:00Z")).toISOString()).toBe("2026-01-19T06:30:00.000Z");
  });
});
