// Calendar dates as news prose writes them ("January 9, 2026", "Jan. 4", "9 January", "in May"),
// resolved against a reference date when the year is missing. Pure: no clock.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** "January 9, 2026" / "Jan. 9" / "9 January 2026" / "January" (month only), with named groups. */
export const DATE_PATTERN = new RegExp(
  // A range ("9 to 12 March", "March 9-12") is read as the day it starts.
  String.raw`\b(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?|${MONTH}(?:\s+(\d{4}))?)\b`,
  "g",
);

export interface PartialDate {
  /** 1–12 */
  month: number;
  day?: number;
  year?: number;
  /** Where the match sits in the text. */
  index: number;
  text: string;
}

/** Every date expression in a text, in order. */
export function findDates(text: string): PartialDate[] {
  const out: PartialDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const [, m1, d1, y1, d2, m2, y2, m3, y3] = m;
    const monthName = m1 ?? m2 ?? m3;
    const month = monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : 0;
    if (month === 0) continue;
    // "May" and "March" are also words: a bare month needs a year or a capital and a preposition.
    if (m3 && !y3 && !/\b(in|by|until|from|since|of|early|late|mid|next|last|this|before|after|through)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const day = Number(d1 ?? d2) || undefined;
    if (day !== undefined && day > 31) continue;
    const year = Number(y1 ?? y2 ?? y3) || undefined;
    out.push({ month, ...(day ? { day } : {}), ...(year ? { year } : {}), index: m.index, text: m[0] });
  }
  return out;
}

/** The calendar day of an instant in a time zone: a Singapore morning is the previous evening in UTC. */
export function dayIn(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** YYYY-MM-DD of a date in UTC. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function formatDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The year a dateline's month and day fall in, given the publication date: the same year,
 * except that a December dateline on a piece published in January belongs to the year before.
 */
export function datelineYear(month: number, published: Date): number {
  const year = published.getUTCFullYear();
  const pubMonth = published.getUTCMonth() + 1;
  if (month - pubMonth > 6) return year - 1;
  if (pubMonth - month > 6) return year + 1;
  return year;
}

/** The days of the week, Sunday first (as Date.getUTCDay counts them). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// "on Friday", "next Tuesday", "this Thursday", "tomorrow" — but not "Friday, March 6", which names its date.
// "Thursday's meeting" names a meeting everyone knows the day of (usually today's): no date to resolve.
// "for Wednesday's state banquet", "ahead of Sunday's vote", "all eyes are on Thursday's meeting", "will play in Saturday's grand final",
// "heads into Friday's review" do look ahead to the day.
const WEEKDAY = /\b(?:(next|this|coming)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|tomorrow)\b(?:(?<=(?:\bfor|\bahead of|\bbefore|\b(?:heads?|heading|goes|going)\s+into|\bahead\s+to|\b(?:eyes|attention|focus|spotlight)\b[^.;]{0,30}?\bon|\bwill\s+(?:\w+\s+){0,6}?(?:in|at))\s+\w+)['’]s|(?!['’]s))(?!,?\s+(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/g;

export interface RelativeDay {
  /** Days after the reference date: 1–7, or up to 13 for "next Friday". */
  daysAhead: number;
  index: number;
  text: string;
}

/** Weekday names and "tomorrow", as days after the reference date: the next such day, or next week's for "next"; the reference day's own name is today, and left out. */
export function findRelativeDays(text: string, reference: Date): RelativeDay[] {
  const today = reference.getUTCDay();
  const matches = [...text.matchAll(WEEKDAY)];
  const days = matches.map((m) => {
    const word = (m[2] ?? "").toLowerCase();
    const target = WEEKDAYS.indexOf(word);
    // "next Thursday" said on a Tuesday is the Thursday of next week (weeks start on Monday); a bare
    // or "this" weekday is the next such day.
    const nextWeek = /^next$/i.test(m[1] ?? "") && target >= 0 ? 7 - ((today + 6) % 7) + ((target + 6) % 7) : undefined;
    const daysAhead = word === "tomorrow" ? 1 : nextWeek ?? (target - today + 7) % 7;
    return { daysAhead, index: m.index ?? 0, text: m[0] };
  });
  // "meets Wednesday and Thursday", "from Monday to Friday": a span ahead is dated by its first day
  // ("runs Friday and Saturday" written on the Friday is under way, and its Saturday still ahead).
  const spanEnd = (k: number): boolean => {
    const prev = days[k - 1];
    const d = days[k];
    return prev !== undefined && d !== undefined && prev.daysAhead > 0 && /^\s*(?:and|to|through|until|till|[-–])\s*$/i.test(text.slice(prev.index + prev.text.length, d.index));
  };
  // "every Monday", "on Mondays": a habit, not a day.
  const habit = (d: RelativeDay): boolean => /\b(?:every|each)\s+$/i.test(text.slice(0, d.index));
  return days.filter((d, k) => d.daysAhead > 0 && !spanEnd(k) && !habit(d)); // "on Friday" in a piece filed on a Friday is today: not ahead.
}

// "the final vote on the 18th": a day of the month alone, the next one after the reference.
const DAY_OF_MONTH = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|century|anniversary|floor|minute|day|hole|round|place))/gi;

/** "on the 18th" as days after the reference date: this month's 18th if still ahead, else next month's. */
export function findDaysOfMonth(text: string, reference: Date): RelativeDay[] {
  return [...text.matchAll(DAY_OF_MONTH)].flatMap((m) => {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return [];
    const y = reference.getUTCFullYear();
    const mo = reference.getUTCMonth();
    const ref = Date.UTC(y, mo, reference.getUTCDate());
    const thisMonth = Date.UTC(y, mo, day);
    const target = thisMonth > ref && new Date(thisMonth).getUTCDate() === day ? thisMonth : Date.UTC(y, mo + 1, day);
    return [{ daysAhead: Math.round((target - ref) / 86_400_000), index: m.index ?? 0, text: m[0] }];
  });
}

/** The reference date moved by whole days, as YYYY-MM-DD. */
export function addDays(reference: Date, days: number): string {
  return isoDay(new Date(reference.getTime() + days * 86_400_000));
}
