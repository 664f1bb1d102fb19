import { z } from "zod";
import { CronExpressionParser } from "cron-parser";
import { isCountryCode, normaliseCountryCode } from "../domain/country-code.ts";
import { transportUrlProblem } from "../delivery/transport-url.ts";

const countryCode = z
  .string()
  .refine(isCountryCode, "an ISO 3166-1 alpha-2 country code such as JP")
  .transform(normaliseCountryCode);

const cron = z.string().refine(isCron, "a 5-field cron expression such as \"0 7 * * *\"");

const timezone = z.string().refine(isTimeZone, "an IANA time zone such as Asia/Seoul");

const locale = z.string().refine(isLocale, "a BCP 47 language tag such as en-GB");

/** "36h", "2d", "90m" → hours. A bare number is hours. A window of nothing holds no brief; a catch-up of nothing sends only what is due on time. */
const hours = (atLeast: "zero" | "above zero") =>
  z
    .union([z.number(), z.string().regex(/^\d+(\.\d+)?\s*[mhd]$/, "a duration such as 24h, 2d or 90m")])
    .transform((v) => (typeof v === "number" ? v : toHours(v)))
    .refine((h) => (atLeast === "zero" ? h >= 0 : h > 0), `a duration ${atLeast === "zero" ? "of zero or more" : "above zero"}, such as 24h, 2d or 90m`);
const duration = hours("above zero");

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes");

export const digestSchema = z.strictObject({
  id,
  title: z.string().min(1),
  region: z.string().min(1).default("asia"),
  countries: z.array(countryCode).optional(),
  window: duration.default(24),
  schedule: cron.default("0 7 * * *"),
  maxItems: z.number().int().min(1).max(50).default(10),
});

export const serviceSchema = z.strictObject({
  sender: z.strictObject({
    name: z.string().min(1),
    address: z.email(),
    replyTo: z.email().optional(),
    postalAddress: z.string().min(1),
  }),
  /** Absolute base of the links in the footer: where `digest run` serves unsubscribe. */
  baseUrl: z.url({ protocol: /^https?$/ }),
  sources: z.array(z.string().min(1)).min(1),
  transport: z
    .string()
    .superRefine((url, ctx) => {
      const problem = transportUrlProblem(url);
      if (problem) ctx.addIssue({ code: "custom", message: `outbox:DIR, smtp://host:port or smtps://host:port (${problem})` });
    })
    .default("outbox:../outbox"),
  state: z.string().min(1).default("../state/digest.sqlite"),
  templates: z.string().min(1).optional(),
  server: z
    .strictObject({ host: z.string().default("127.0.0.1"), port: z.number().int().min(0).max(65535).default(8787) })
    .default({ host: "127.0.0.1", port: 8787 }),
  /** Pins the clock for every command (a demo or a replay); --as-of overrides it. Absent: the real time. */
  clock: z.iso.datetime({ offset: true, message: "an ISO 8601 time with its zone, such as 2026-01-13T13:30:00Z" }).optional(),
  /** How far back a missed issue is still worth sending after downtime. */
  catchUp: hours("zero").default(24),
  regions: z
    .record(id, z.strictObject({ name: z.string().min(1), countries: z.array(countryCode).min(1) }))
    .default({}),
  digests: z.array(digestSchema).min(1),
});

export const subscriberSchema = z.strictObject({
  email: z.email(),
  name: z.string().optional(),
  timezone: timezone.default("UTC"),
  locale: locale.default("en-GB"),
  digests: z.array(id).min(1).optional(),
  schedule: cron.optional(),
  countries: z.array(countryCode).optional(),
  topics: z.array(z.string().min(1)).optional(),
  maxItems: z.number().int().min(1).max(50).optional(),
  format: z.enum(["html", "text"]).default("html"),
  status: z.enum(["active", "paused"]).default("active"),
});

export const subscribersFileSchema = z.strictObject({
  subscribers: z.array(subscriberSchema).default([]),
});

export type ServiceFile = z.infer<typeof serviceSchema>;
export type SubscriberEntry = z.infer<typeof subscriberSchema>;

function isCron(expr: string): boolean {
  if (expr.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(expr);
    return true;
  } catch {
    return false;
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function toHours(v: string): number {
  const n = Number.parseFloat(v);
  const unit = v.trim().slice(-1);
  return unit === "d" ? n * 24 : unit === "m" ? n / 60 : n;
}
