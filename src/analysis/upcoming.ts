// Dated events a brief announces ("a visit to Japan from January 13", "the board vote in January",
// "final ruling due in May"), resolved against the publication date. Past dates are history, not
// "coming up", and are left out; a month alone stands for its first day.
import nlp from "compromise";
import type { UpcomingEvent } from "../domain/types.ts";
import { findDates, formatDay, isoDay, type PartialDate } from "./dates.ts";
import { capitalise, sentences } from "./text.ts";

export interface UpcomingInput {
  briefId: string;
  title: string;
  paragraphs: string[];
  /** Publication date (or the dateline's); without one nothing can be resolved. */
  reference?: Date;
}

const FUTURE = /\b(will|shall|is to|are to|due|scheduled|set (?:to|for)|expected|plans?|planned|upcoming|next|later|ahead|from|starting|begins?|slated|poised|intends?|would|to be held|deadline)\b/i;
const CONNECTOR = /\s*\b(?:(?:is|are|was|were)\s+)?(?:(?:due|scheduled|set|slated|expected|planned|starting|beginning)\s+)?(?:from|on|in|by|for|until|starting|before|after|at|around|early|late|mid|next)?\s*[-–,]?\s*$/i;
const MAX_LABEL_WORDS = 6;

/** Events dated after the reference date, in the order the brief names them. */
export function findUpcoming({ briefId, title, paragraphs, reference }: UpcomingInput): UpcomingEvent[] {
  if (!reference) return [];
  const out: UpcomingEvent[] = [];
  const seen = new Set<string>();
  for (const sentence of [title, ...paragraphs.flatMap(sentences)]) {
    for (const when of findDates(sentence)) {
      const date = resolveFuture(when, reference, FUTURE.test(sentence));
      if (!date) continue;
      const label = eventLabel(sentence.slice(0, when.index), sentence);
      if (!label || seen.has(date + label.toLowerCase())) continue;
      seen.add(date + label.toLowerCase());
      out.push({ date, label, briefId });
    }
  }
  return out;
}

/** YYYY-MM-DD of a date that lies ahead of the reference, or undefined for a past one. */
export function resolveFuture(d: PartialDate, reference: Date, futureCue: boolean): string | undefined {
  const today = isoDay(reference);
  const year = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  if (d.day === undefined) {
    // "in May": this year's May if still ahead (or this month, when the sentence looks ahead).
    const y = d.year ?? (d.month > refMonth || (d.month === refMonth && futureCue) ? year : futureCue && refMonth - d.month > 6 ? year + 1 : undefined);
    if (y === undefined || y < year || (y === year && d.month < refMonth)) return undefined;
    if (y === year && d.month === refMonth && !futureCue) return undefined;
    return formatDay(y, d.month, 1);
  }
  if (d.year !== undefined) {
    const iso = formatDay(d.year, d.month, d.day);
    return iso > today ? iso : undefined;
  }
  const same = formatDay(year, d.month, d.day);
  if (same > today) return same;
  // "January 13" in a December piece means next January.
  return refMonth - d.month > 6 ? formatDay(year + 1, d.month, d.day) : undefined;
}

// The noun phrase just before the date ("a visit to Japan"), else the sentence's subject.
function eventLabel(before: string, sentence: string): string | undefined {
  const prefix = before.replace(CONNECTOR, "");
  const phrase = trailingNounPhrase(prefix) ?? subject(sentence);
  if (!phrase) return undefined;
  const label = phrase
    .replace(/^.*\b(?:of|for)\s+(?:a|an|the)\s+/i, "")
    .replace(/^(?:the|a|an|its|their|his|her|this|next|upcoming)\s+/i, "")
    .trim();
  const n = label.split(/\s+/).length;
  return n >= 1 && n <= MAX_LABEL_WORDS && /\p{L}{3}/u.test(label) ? capitalise(label) : undefined;
}

interface TermJson {
  text: string;
  tags: string[];
}

function trailingNounPhrase(prefix: string): string | undefined {
  if (prefix.trim() === "") return undefined;
  const terms = (nlp(prefix).terms().json() as { terms: TermJson[] }[]).flatMap((t) => t.terms);
  const kept: string[] = [];
  for (let i = terms.length - 1; i >= 0 && kept.length < MAX_LABEL_WORDS + 3; i--) {
    const t = terms[i];
    if (!t) break;
    const word = t.text.toLowerCase();
    const nominal = t.tags.some((g) => ["Noun", "Adjective", "Determiner", "Possessive", "Value", "ProperNoun"].includes(g)) && !t.tags.includes("Verb");
    if (!(nominal || ["of", "to", "on", "with", "for"].includes(word))) break;
    kept.unshift(t.text);
    if (/[,;:]$/.test(prefix.slice(0, prefix.lastIndexOf(t.text)).trim())) break;
  }
  while (kept.length > 0 && /^(of|to|on|with|for)$/i.test(kept[0] ?? "")) kept.shift();
  const hasNoun = kept.some((w) => terms.find((t) => t.text === w)?.tags.includes("Noun"));
  return hasNoun ? kept.join(" ") : undefined;
}

function subject(sentence: string): string | undefined {
  const verb = nlp(sentence).verbs().first().json({ offset: true }) as { offset: { start: number } }[];
  const start = verb[0]?.offset.start;
  if (!start) return undefined;
  const s = sentence.slice(0, start).replace(/[\s,]+$/, "").trim();
  return s.split(/\s+/).length <= MAX_LABEL_WORDS ? s : undefined;
}
