// Header-bound strings: one line, no controls, short enough to read on a phone.
import type { Locale } from "date-fns";
import { clip, cleanLine } from "./clean.ts";
import { formatDay } from "./locale.ts";

const MAX_SUBJECT = 100;
const MAX_PREHEADER = 150;

/** "Asia Daily — Tue 13 Jan 2026: Lee to visit Japan", the headline clipped to fit. */
export function composeSubject(title: string, issuedFor: string, headline: string | undefined, locale: Locale): string {
  const head = `${cleanLine(title)} — ${cleanLine(formatDay(issuedFor, "EEE PP", locale))}`;
  const lead = cleanLine(headline);
  if (!lead) return clip(head, MAX_SUBJECT);
  return `${head}: ${clip(lead, Math.max(20, MAX_SUBJECT - head.length - 2))}`;
}

/** The inbox preview line: the next headlines after the lead (the subject already shows it). */
export function composePreheader(headlines: string[], more: number): string {
  const rest = headlines.length > 1 ? headlines.slice(1) : headlines;
  // The count the email itself shows; what did not fit is said apart, as its footer says it.
  const shown = headlines.length === 1 ? "1 brief" : `${headlines.length} briefs`;
  const lead = more > 0 ? `${shown}, ${more} more matched` : shown;
  if (rest.length === 0) return `${lead} today.`;
  return clip(cleanLine(`${lead}. Also: ${rest.join(" · ")}`), MAX_PREHEADER);
}
