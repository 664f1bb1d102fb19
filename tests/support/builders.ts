import type { Brief, DigestDefinition, Subscriber } from "../../src/domain/types.ts";

let counter = 0;

export function aBrief(over: Partial<Brief> = {}): Brief {
  counter += 1;
  return {
    id: `b${counter}`,
    source: `file:test/${counter}.md`,
    title: `Brief number ${counter}`,
    publishedAt: new Date("2026-01-12T09:00:00Z"),
    paragraphs: ["A paragraph."],
    countries: ["JP"],
    regions: ["eastern-asia", "asia"],
    agenda: [],
    upcoming: [],
    summary: "A summary.",
    tags: [],
    ...over,
  };
}

export function aDigest(over: Partial<DigestDefinition> = {}): DigestDefinition {
  return { id: "asia-daily", title: "Asia Briefing", region: "asia", windowHours: 24, schedule: "0 7 * * *", maxItems: 10, ...over };
}

export function aSubscriber(over: Partial<Subscriber> = {}): Subscriber {
  return {
    email: "reader@example.com",
    timezone: "UTC",
    locale: "en-GB",
    digests: ["asia-daily"],
    format: "html",
    status: "active",
    ...over,
  };
}
