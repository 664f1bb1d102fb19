import { describe, expect, it } from "vitest";
import { planDue, planNext } from "../../src/selection/plan.ts";
import { aBrief, aDigest, aSubscriber } from "../support/builders.ts";

const asOf = new Date("2026-01-13T12:30:00Z");

describe("planDue", () => {
  it("gives each reader the briefs of their countries from the window before their send time", () => {
    const jp = aBrief({ countries: ["JP"], publishedAt: new Date("2026-01-13T01:00:00Z") });
    const cn = aBrief({ countries: ["CN"], publishedAt: new Date("2026-01-13T02:00:00Z") });
    const stale = aBrief({ countries: ["JP"], publishedAt: new Date("2026-01-10T02:00:00Z") });
    const plan = planDue({
      briefs: [jp, cn, stale],
      digests: [aDigest()],
      subscribers: [aSubscriber({ email: "a@example.com", countries: ["JP"], timezone: "Europe/London" })],
      asOf,
      catchUpHours: 24,
    });
    expect(plan.deliveries).toHaveLength(1);
    const d = plan.deliveries[0]!;
    expect(d.key).toEqual({ digestId: "asia-daily", issue: "2026-01-13", email: "a@example.com" });
    expect(plan.editions.get(d.editionKey)!.briefs.map((b) => b.id)).toEqual([jp.id]);
  });

  it("leaves out briefs outside the region, and duplicates", () => {
    const de = aBrief({ countries: ["DE"], regions: ["western-europe", "europe"], publishedAt: new Date("2026-01-13T01:00:00Z") });
    const original = aBrief({ publishedAt: new Date("2026-01-13T01:00:00Z") });
    const copy = aBrief({ duplicateOf: original.id, publishedAt: new Date("2026-01-13T02:00:00Z") });
    const plan = planDue({ briefs: [de, original, copy], digests: [aDigest()], subscribers: [aSubscriber()], asOf, catchUpHours: 24 });
    expect([...plan.editions.values()][0]!.briefs.map((b) => b.id)).toEqual([original.id]);
  });

  it("shares one edition between readers who would get the same briefs", () => {
    const b = aBrief({ publishedAt: new Date("2026-01-13T01:00:00Z") });
    const subs = [aSubscriber({ email: "a@example.com" }), aSubscriber({ email: "b@example.com" })];
    const plan = planDue({ briefs: [b], digests: [aDigest()], subscribers: subs, asOf, catchUpHours: 24 });
    expect(plan.deliveries).toHaveLength(2);
    expect(plan.editions.size).toBe(1);
  });

  it("sends nothing to a reader with nothing to read, and says so", () => {
    const plan = planDue({ briefs: [aBrief({ countries: ["IN"], publishedAt: new Date("2026-01-13T01:00:00Z") })], digests: [aDigest()], subscribers: [aSubscriber({ countries: ["KR"] })], asOf, catchUpHours: 24 });
    expect(plan.deliveries).toEqual([]);
    expect(plan.empty.map((e) => e.key.email)).toEqual(["reader@example.com"]);
  });

  it("caps at maxItems, newest first, and counts the rest", () => {
    const briefs = [1, 2, 3, 4].map((h) => aBrief({ publishedAt: new Date(`2026-01-13T0${h}:00:00Z`) }));
    const plan = planDue({ briefs, digests: [aDigest()], subscribers: [aSubscriber({ maxItems: 2 })], asOf, catchUpHours: 24 });
    const edition = [...plan.editions.values()][0]!;
    expect(edition.briefs.map((b) => b.id)).toEqual([briefs[3]!.id, briefs[2]!.id]);
    expect(edition.moreCount).toBe(2);
  });

  it("skips paused readers and issues older than the catch-up", () => {
    const b = aBrief({ publishedAt: new Date("2026-01-13T01:00:00Z") });
    const plan = planDue({
      briefs: [b],
      digests: [aDigest()],
      subscribers: [aSubscriber({ email: "p@example.com", status: "paused" }), aSubscriber({ email: "late@example.com" })],
      asOf,
      catchUpHours: 2,
    });
    expect(plan.deliveries).toEqual([]);
    expect(plan.notDue.map((n) => n.reason).sort()).toEqual(["not yet due", "paused"]);
  });

  it("filters by topic against tags, agenda labels and headline", () => {
    const chips = aBrief({ title: "Chip export curbs", publishedAt: new Date("2026-01-13T01:00:00Z") });
    const rice = aBrief({ title: "Rice harvest", publishedAt: new Date("2026-01-13T02:00:00Z") });
    const plan = planDue({ briefs: [chips, rice], digests: [aDigest()], subscribers: [aSubscriber({ topics: ["chip"] })], asOf, catchUpHours: 24 });
    expect([...plan.editions.values()][0]!.briefs.map((b) => b.id)).toEqual([chips.id]);
  });
});

describe("planNext", () => {
  it("previews the next issue with what is known now", () => {
    const b = aBrief({ publishedAt: new Date("2026-01-13T10:00:00Z") });
    const { edition, slot } = planNext([b], aDigest(), aSubscriber({ timezone: "Asia/Seoul" }), asOf);
    expect(slot.toISOString()).toBe("2026-01-13T22:00:00.000Z");
    expect(edition.issuedFor).toBe("2026-01-14");
    expect(edition.briefs).toHaveLength(1);
  });
});

describe("what each issue covers, from the operators' sweep", () => {
  it("gives a weekday reader's Monday issue everything since Friday's send time, whatever the digest's window", () => {
    const friday = aBrief({ publishedAt: new Date("2026-01-09T12:00:00Z") });
    const saturday = aBrief({ publishedAt: new Date("2026-01-10T09:00:00Z") });
    const thursday = aBrief({ publishedAt: new Date("2026-01-08T12:00:00Z") });
    const plan = planDue({ briefs: [friday, saturday, thursday], digests: [aDigest({ windowHours: 36 })], subscribers: [aSubscriber({ schedule: "0 8 * * 1-5" })], asOf: new Date("2026-01-12T08:00:00Z"), catchUpHours: 24 });
    expect([...plan.editions.values()][0]!.briefs.map((b) => b.id)).toEqual([saturday.id, friday.id]);
  });

  it("sends what is due on time when the catch-up is nothing, though the tick fires a moment late", () => {
    const plan = planDue({ briefs: [aBrief({ publishedAt: new Date("2026-01-13T05:00:00Z") })], digests: [aDigest()], subscribers: [aSubscriber()], asOf: new Date("2026-01-13T07:00:01.012Z"), catchUpHours: 0 });
    expect(plan.deliveries).toHaveLength(1);
    const late = planDue({ briefs: [], digests: [aDigest()], subscribers: [aSubscriber()], asOf: new Date("2026-01-13T09:00:00Z"), catchUpHours: 0 });
    expect(late.notDue).toEqual([expect.objectContaining({ reason: "not yet due" })]);
  });

  it("previews the next issue's window from its send time, not from now", () => {
    // Sent in this morning's issue; tomorrow's (a 24-hour window to 07:00) will not hold it.
    const morning = aBrief({ publishedAt: new Date("2026-01-13T06:00:00Z") });
    const afternoon = aBrief({ publishedAt: new Date("2026-01-13T14:00:00Z") });
    const { edition, slot } = planNext([morning, afternoon], aDigest(), aSubscriber(), new Date("2026-01-13T15:00:00Z"));
    expect(slot.toISOString()).toBe("2026-01-14T07:00:00.000Z");
    expect(edition.briefs.map((b) => b.id)).toEqual([afternoon.id]);
  });

  it("matches a topic as whole words in any script, plurals too, never inside a longer word", () => {
    const plan = (topics: string[], title: string) =>
      planDue({ briefs: [aBrief({ title, publishedAt: new Date("2026-01-13T05:00:00Z") })], digests: [aDigest()], subscribers: [aSubscriber({ topics })], asOf: new Date("2026-01-13T07:00:00Z"), catchUpHours: 24 }).deliveries.length;
    expect(plan(["AI"], "Airline fares rise on the Tokyo route")).toBe(0);
    expect(plan(["AI"], "Seoul unveils an AI chip strategy")).toBe(1);
    expect(plan(["trade"], "Trademark dispute heads to court")).toBe(0);
    expect(plan(["tariff"], "Jakarta raises tariffs on steel")).toBe(1);
    expect(plan(["Đà Nẵng"], "Đà Nẵng opens a new cruise terminal")).toBe(1);
  });

  it("keeps an event named only by its month in 'Coming up' while the month lasts", () => {
    const b = aBrief({ publishedAt: new Date("2026-03-02T01:00:00Z"), upcoming: [{ date: "2026-03-01", label: "Vote", briefId: "x", precision: "month" }, { date: "2026-03-01", label: "Past day", briefId: "x" }] });
    const plan = planDue({ briefs: [b], digests: [aDigest()], subscribers: [aSubscriber()], asOf: new Date("2026-03-02T07:00:00Z"), catchUpHours: 24 });
    expect([...plan.editions.values()][0]!.upcoming.map((e) => e.label)).toEqual(["Vote"]);
  });
});

describe("one story, one brief, for each reader", () => {
  it("gives a reader another report of a story when the fullest one is not theirs", () => {
    const full = aBrief({ title: "Seoul and Tokyo extend currency swap", publishedAt: new Date("2026-01-13T02:00:00Z") });
    const copy = aBrief({ title: "Japan and Korea renew swap line", duplicateOf: full.id, publishedAt: new Date("2026-01-13T03:00:00Z") });
    const deliver = (topics?: string[]) => {
      const plan = planDue({ briefs: [full, copy], digests: [aDigest()], subscribers: [aSubscriber(topics ? { topics } : {})], asOf: new Date("2026-01-13T07:00:00Z"), catchUpHours: 24 });
      return [...plan.editions.values()][0]?.briefs.map((b) => b.id) ?? [];
    };
    expect(deliver()).toEqual([full.id]);
    expect(deliver(["Japan"])).toEqual([copy.id]);
  });
});
