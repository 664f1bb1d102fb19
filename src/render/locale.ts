// Dates and names in the subscriber's language: date-fns locales for dates, Intl for country names.
import { format } from "date-fns";
import * as locales from "date-fns/locale";
import type { Locale } from "date-fns";
import { TZDate } from "@date-fns/tz";

const byKey = locales as unknown as Record<string, Locale | undefined>;

/** "en-GB" → enGB, "ko-KR" → ko, "pt" → pt; unknown tags fall back to enGB, the house style. */
export function dateLocale(tag: string): Locale {
  const parts = tag.replace(/_/g, "-").split("-");
  const lang = (parts[0] ?? "").toLowerCase();
  const region = parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p))?.toUpperCase() ?? "";
  return byKey[lang + region] ?? byKey[lang] ?? locales.enGB;
}

/** Formats a YYYY-MM-DD calendar date; no time zone is involved, a local date is a local date. */
export function formatDay(ymd: string, pattern: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), pattern, { locale });
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(instant: Date, timezone: string): string {
  const local = new TZDate(instant.getTime(), timezone);
  // An unknown zone gives an invalid date; config validation should prevent it, UTC is the honest fallback.
  return format(Number.isNaN(local.getTime()) ? new TZDate(instant.getTime(), "UTC") : local, "yyyy-MM-dd");
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** ISO 3166-1 alpha-2 → "Japan" in the reader's language; codes Intl does not know are dropped. */
export function countryName(code: string, tag: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  let names = regionNames.get(tag);
  if (!names) {
    // The short style: "Hong Kong", not "Hong Kong SAR China" — a tag, not a legal name.
    names = new Intl.DisplayNames([langTag(tag), "en"], { type: "region", style: "short", fallback: "none" });
    regionNames.set(tag, names);
  }
  return names.of(code.toUpperCase()) ?? null;
}

const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"]);

export function textDirection(tag: string): "ltr" | "rtl" {
  return RTL.has((tag.split("-")[0] ?? "").toLowerCase()) ? "rtl" : "ltr";
}

/** A BCP 47 tag safe for a lang attribute; anything odd becomes "en". */
export function langTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en";
  } catch {
    return "en";
  }
}
