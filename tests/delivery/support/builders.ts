import { stableMessageId, unsubscribeHeaders, type OutgoingMessage } from "../../../src/delivery/message.ts";
import type { DeliveryJob } from "../../../src/delivery/deliver.ts";
import type { Clock } from "../../../src/domain/types.ts";

export const ISSUE = "2026-01-13";
export const clock: Clock = { now: () => new Date("2026-01-13T07:00:00Z") };

/** One reader's copy of the asia-daily issue, as the pipeline would compose it. */
export function aMessage(email: string, over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    from: "Asia Briefing <briefings@example.com>",
    to: email,
    subject: "Asia Briefing — Tue 13 Jan 2026: Seoul and Tokyo agree to share chip alerts",
    messageId: stableMessageId("asia-daily", ISSUE, email, "example.com"),
    html: Buffer.from(`<!doctype html><html><body><h1>Asia Briefing</h1><p>For ${email}</p></body></html>`),
    text: Buffer.from(`Asia Briefing\nFor ${email}\n`),
    headers: unsubscribeHeaders(`https://digest.example.com/unsubscribe?token=${encodeURIComponent(email)}`),
    date: clock.now(),
    ...over,
  };
}

/** A job whose message counts how often it was built. */
export function aJob(email: string, builds?: { count: number }, over: Partial<DeliveryJob> = {}): DeliveryJob {
  return {
    key: { digestId: "asia-daily", issue: ISSUE, email },
    editionKey: "asia-daily/2026-01-13/en/abc",
    build: () => {
      if (builds) builds.count++;
      return aMessage(email);
    },
    ...over,
  };
}
