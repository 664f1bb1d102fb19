// Dated events a brief announces ("a visit to Japan from January 13", "the board vote in January",
// "final ruling due in May"), resolved against the publication date. Past dates are history, not
// "coming up", and are left out; a month alone stands for its first day.
import nlp from "compromise";
import { termsOf, type Term } from "./pos.ts";
import { UP_TO_FIRST_REPORT, UP_TO_LAST_REPORT } from "./reporting.ts";
import { headsClause, verbGroup } from "./verbs.ts";
import type { UpcomingEvent } from "../domain/types.ts";
import { addDays, findDates, findDaysOfMonth, findRelativeDays, formatDay, isoDay, type PartialDate } from "./dates.ts";
import { capitalise, sentences, wordCount } from "./text.ts";

export interface UpcomingInput {
  briefId: string;
  title: string;
  paragraphs: string[];
  /** Publication date (or the dateline's); without one nothing can be resolved. */
  reference?: Date;
}

// Looks ahead: a modal, "due", "scheduled", "planned", "next"… within the clause that holds the date.
const FUTURE = /\b(will|shall|must|is to|are to|due|scheduled|set (?:to|for)|expected|plans?|planned|upcoming|next|later|ahead|from|starting|begins?|slated|poised|intends?|would|to be held|deadline|until|by|prepar(?:e|es|ing)|await(?:s|ing)?|coming)\b/i;
const MAX_MODIFIERS = 3;
// How far before its date an event word may stand: "co-chair the 13th session of the India–Uzbekistan Intergovernmental Commission on Trade … on 16 October".
const MAX_LOOKBACK = 24;
const NEAR_DAYS = 62;

// Nouns that name something that happens on a date. A date with none of these near it gives no event.
const EVENTS = new Set(
  ("visit trip tour meeting meetings agm egm talks summit vote votes election elections poll polls ruling verdict hearing hearings decision " +
    "deadline budget referendum conference session sessions review auction launch inauguration ceremony negotiations round " +
    "signing statement plenary congress forum assembly deal agreement trial sentencing announcement release data report results earnings " +
    "debate dialogue consultation consultations parade exercise exercises drills deployment festival holiday strike tender " +
    "listing ipo opening meets reshuffle handover swearing-in by-election runoff run-off primary primaries caucus " +
    "match matches game games fixture race tournament championship fair expo exhibition concert premiere " +
    "retreat rally protest protests demonstration demonstrations sitting gala opener plenum inspection walkout stoppage " +
    "banquet dinner reception funeral wedding coronation commemoration memorial briefing " +
    "meet convention conclave symposium seminar workshop inquiry inquest showdown viewing screening preview recording performance " +
    "groundbreaking unveiling commissioning").split(" "),
);
// A verb that stands for its event: "the board meets on January 15" → a meeting.
const EVENT_VERBS: Record<string, string> = { meet: "meeting", vote: "vote", visit: "visit", rule: "ruling", decide: "decision", resume: "talks", convene: "meeting", travel: "trip", sit: "meeting", face: "match", play: "match", hear: "hearing", auction: "auction", debate: "debate" };

/** Events dated after the reference date, in the order the brief names them. */
export function findUpcoming({ briefId, title, paragraphs, reference }: UpcomingInput): UpcomingEvent[] {
  if (!reference) return [];
  const out: UpcomingEvent[] = [];
  const seen = new Set<string>();
  // One event a day per brief: "talks resume on January 20" and "the meeting on January 20" are one.
  const add = (date: string, label: string | undefined, monthOnly = false): void => {
    if (!label || seen.has(date)) return;
    seen.add(date);
    out.push({ date, label, briefId, ...(monthOnly ? { precision: "month" as const } : {}) });
  };
  for (const sentence of [title, ...paragraphs.flatMap(sentences)]) {
    // Named dates and weekdays alike, in the order the sentence gives them.
    const found: { index: number; date: string; label: string | undefined; monthOnly: boolean }[] = [];
    for (const when of findDates(sentence)) {
      // "from July 1 of last year": the year the text names is behind us.
      if (/^\s*(?:of\s+)?(?:last|the previous|the past) year\b/i.test(sentence.slice(when.index + when.text.length))) continue;
      const tense = looksAhead(sentence, when);
      const date = resolveFuture(when, reference, tense);
      if (date) found.push({ index: when.index, date, label: eventLabel(sentence, when, when.day !== undefined && tense !== "past"), monthOnly: when.day === undefined });
    }
    // "on Friday" is ahead only in a clause that says so: "met on Friday" is last Friday.
    let ahead = false;
    for (const day of [...findRelativeDays(sentence, reference), ...findDaysOfMonth(sentence, reference)].sort((a, b) => a.index - b.index)) {
      const when = { index: day.index, text: day.text };
      const date = addDays(reference, day.daysAhead);
      // "• Singapore Budget (Thursday): …": a heading's day in brackets is when the heading happens.
      const head = HEADED_DAY.exec(sentence.slice(0, day.index))?.[1];
      if (head && sentence.slice(day.index + day.text.length).startsWith(")")) {
        found.push({ index: day.index, date, label: capitalise(head.replace(/\*\*/g, "").trim()), monthOnly: false });
        continue;
      }
      // "…three-year notes on Tuesday, followed by 10-year notes on Wednesday and bonds on Thursday": a
      // day chained to one ahead is ahead too.
      const chained = ahead && CHAINED.test(sentence.slice(clauseStart(sentence, day.index) + 1, day.index));
      // "for Wednesday's banquet": the preposition before a named day's event already looks ahead.
      if (/['’]s$/.test(day.text) || chained || clauseLooksAhead(sentence, when)) {
        found.push({ index: day.index, date, label: eventLabel(sentence, when, true), monthOnly: false });
        ahead = true;
      }
    }
    for (const f of found.sort((a, b) => a.index - b.index)) add(f.date, f.label, f.monthOnly);
  }
  return out;
}

const HEADED_DAY = /^\s*(?:[-–•*▪]\s*)?(?:\*\*)?([^():.;]{2,60}?)\s*\(\s*$/u;
const CHAINED = /^\s*(?:followed by|then|and then|and|before|after)\b/i;

/** YYYY-MM-DD of a date that lies ahead of the reference, or undefined for a past one. */
export function resolveFuture(d: PartialDate, reference: Date, tense: Tense): string | undefined {
  const today = isoDay(reference);
  // A full date after publication is ahead whatever the tense ("he proposed a vote on March 15, 2027").
  if (d.year !== undefined && d.day !== undefined) {
    const iso = formatDay(d.year, d.month, d.day);
    return iso > today ? iso : undefined;
  }
  const year = reference.getUTCFullYear();
  // A day weeks ahead cannot be history, whatever the clause's tense ("extended his lead before the
  // first round of voting on May 31", written on May 20).
  if (tense === "past" && d.day !== undefined) {
    const same = formatDay(year, d.month, d.day);
    const weeksAhead = (Date.UTC(year, d.month - 1, d.day) - Date.UTC(year, reference.getUTCMonth(), reference.getUTCDate())) / 86_400_000;
    return same > today && weeksAhead <= NEAR_DAYS ? same : undefined;
  }
  if (tense === "past") return undefined;
  const refMonth = reference.getUTCMonth() + 1;
  if (d.day === undefined) {
    // "in May": the next May; this month's only in a clause that looks ahead.
    const y = d.year ?? (d.month >= refMonth ? year : year + 1);
    // "in December" in a January piece is more likely last December, unless the clause looks ahead.
    const monthsAhead = (y - year) * 12 + d.month - refMonth;
    if (d.year === undefined && monthsAhead > 6 && tense !== "future") return undefined;
    const ahead = y > year || (y === year && d.month > refMonth) || (y === year && d.month === refMonth && tense === "future");
    return ahead ? formatDay(y, d.month, 1) : undefined;
  }
  const same = formatDay(year, d.month, d.day);
  if (same > today) return same;
  // "January 13" in a December piece means next January; so does a day months past in a clause that
  // looks ahead ("must decide at the review on July 1", written in December). A day just past is not.
  const monthsPast = refMonth - d.month;
  return monthsPast > 6 || (tense === "future" && monthsPast >= 3) ? formatDay(year + 1, d.month, d.day) : undefined;
}

/**
 * Where the clause holding a date begins: the last comma or semicolon before it, except the comma
 * of "Saturday, March 28", which belongs to the date. -1 when the clause starts the sentence.
 */
function clauseStart(sentence: string, index: number, also = ""): number {
  // Nor is the comma of "1,600" a clause's end.
  const before = sentence
    .slice(0, index)
    .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$/, (m) => m.replace(",", " "))
    .replace(/(?<=\d),(?=\d)/g, " ");
  return Math.max(...[",", ";", ...(also ? [also] : [])].map((c) => before.lastIndexOf(c)));
}

interface Span {
  index: number;
  text: string;
}

// The clause that holds the date: past tense there ("fell in December") means history.
type Tense = "future" | "past" | "unmarked";

function looksAhead(sentence: string, when: Span): Tense {
  const from = Math.max(clauseStart(sentence, when.index), 0);
  const clause = sentence.slice(from, when.index + when.text.length);
  // The verb that governs the date decides first: "will meet this week … since the two fought a
  // war last July" and "the first session since a declaration signed in October" are history.
  const governing = governingVerb(sentence.slice(from, when.index));
  if (governing && !FUTURE.test(governing.phrase + when.text) && (governing.past || /\b(?:last|since|ago|earlier)\b/i.test(governing.phrase))) return "past";
  if (FUTURE.test(clause)) return "future";
  if (saysPast(clause) || /\b(last|earlier|ago|since)\b/i.test(clause)) return "past";
  return FUTURE.test(sentence) ? "future" : "unmarked";
}

// The last verb before the date, with its auxiliaries ("will be held", "was postponed"): the
// phrase from it to the date, and whether it is a plain past ("fought", "signed"). Undefined when
// the clause has no verb before the date.
function governingVerb(lead: string): { phrase: string; past: boolean; present: boolean } | undefined {
  const terms = termsOf(lead);
  const i = terms.findLastIndex((_, k) => headsClause(terms, k));
  const verb = terms[i];
  if (!verb) return undefined;
  const { from, past, present } = verbGroup(terms, i);
  return { phrase: lead.slice(terms[from]?.start ?? verb.start), past, present };
}

// A weekday is ahead only when its own clause says so and has no past verb: "will meet on Friday",
// not "approved the budget for next year late on Friday" or "on Tuesday dismissed a report that … would".
// The verb before the day governs it ("will leave for the United States on Thursday to bring back
// workers detained…"); a day with no verb before it belongs to the verb after it ("The Kremlin on Tuesday dismissed…").
const AHEAD = /\b(?:will|shall|is to|are to|due|scheduled|set to|expected to|plans? to|planned|slated|to be held|next|called|(?:could|may|might) be held)\b/i;
// "…and scheduled a vote on it for Friday": the vote is ahead whatever the tense of scheduling it.
const SCHEDULED_FOR = /\b(?:scheduled|set|called|slated|fixed|planned|booked|listed|pencil+ed in)\b[^,;]*\bfor\s*$/i;

// "ahead of the opening ceremony on Saturday", "invited the companies to a hearing on Friday": an
// event the clause leads up to lies ahead, whatever the tense of the clause.
const LEADS_TO = /\b(?:ahead of|in the (?:run|lead)-up to|in preparation for|(?:invited|summoned|called|asked)\b[^,;]{0,60}?\bto)\s+(?:the|a|an|its|their|this|next)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:on|this|next))?\s*$/iu;
const toEvent = (lead: string): boolean => EVENTS.has((LEADS_TO.exec(lead)?.[1] ?? "").toLowerCase());

function clauseLooksAhead(sentence: string, when: Span): boolean {
  const from = Math.max(clauseStart(sentence, when.index, "—"), 0);
  const clauseLead = sentence.slice(from, when.index).replace(UP_TO_LAST_REPORT, "");
  // "will hold a dialogue with counterparts from Japan, China and South Korea on Friday": a clause
  // without a verb is a list's tail; the verb before the list governs it.
  const own = governingVerb(clauseLead);
  const lead = from > 0 && !own ? sentence.slice(0, when.index).replace(UP_TO_LAST_REPORT, "") : clauseLead;
  if (SCHEDULED_FOR.test(lead) || toEvent(lead)) return true;
  const governing = lead === clauseLead ? own : governingVerb(lead);
  if (governing) return !governing.past && !saysPast(governing.phrase) && (AHEAD.test(lead) || governing.present);
  const end = sentence.slice(when.index).search(/[,;—]|\bthat\b/);
  const clause = sentence.slice(from, end < 0 ? undefined : when.index + end);
  // News gives a schedule in the present tense: "Diplomats meet on Thursday", "the board wraps up on Friday".
  const present = termsOf(clause).some((t) => t.tags.includes("PresentTense") && !t.tags.includes("Copula"));
  return (AHEAD.test(clause) || present) && !saysPast(clause);
}

// A past verb, not a passive one: "is scheduled for next Tuesday" looks ahead.
function saysPast(clause: string): boolean {
  const terms = termsOf(clause);
  const aux = (t: Term | undefined): boolean => /^(?:is|are|be|been|being|was|were|will|has|have)$/i.test(t?.normal ?? "");
  // "is widely expected", "has been pencilled in": a participle after an auxiliary, an adverb between at most.
  const passive = (i: number): boolean => aux(terms[i - 1]) || (terms[i - 1]?.tags.includes("Adverb") === true && aux(terms[i - 2]));
  // "he expected to put the measure to a vote", "the bank planned to": a past that looks ahead.
  const anticipates = (i: number): boolean => /^(?:expected|scheduled|planned|hoped|intended|wanted|promised|vowed|pledged|agreed|decided|threatened|aimed|set)$/i.test(terms[i]?.normal ?? "") && /^to$/i.test(terms[i + 1]?.normal ?? "");
  return terms.some((t, i) => t.tags.includes("PastTense") && !t.tags.includes("Participle") && !passive(i) && !anticipates(i));
}

/**
 * The event nearest before the date (else just after it), with up to three modifiers and a place:
 * "Visit to Japan". Without an event word, what the clause says will happen: "Give answers", or,
 * for a named day that is not in the past, its subject and verb ("Measures take effect", "Fair closes").
 */
function eventLabel(sentence: string, when: Span, scheduled: boolean): string | undefined {
  const before = termsOf(sentence.slice(0, when.index));
  // After the date, only within its clause: "runs until January 19, and the fair closes…" is not the fair.
  const rest = sentence.slice(when.index + when.text.length);
  const after = termsOf(rest.slice(0, rest.search(/[,;]|$/))).slice(0, 6);
  const subject = scheduledSubject(sentence.slice(clauseStart(sentence, when.index) + 1, when.index));
  if (subject) return subject;
  for (let i = before.length - 1; i >= Math.max(0, before.length - MAX_LOOKBACK); i--) {
    const label = labelAt(before, i);
    if (label) return label;
  }
  for (let i = 0; i < after.length; i++) {
    const label = labelAt(after, i);
    if (label) return label;
  }
  const own = lapseLabel(sentence.slice(0, when.index)) ?? actionLabel(sentence.slice(0, when.index)) ?? (scheduled ? happeningLabel(sentence, when) : undefined);
  const opensOnDate = /^\s*(?:(?:from|on|starting|beginning|as of|by)\s+)?$/i.test(sentence.slice(0, when.index));
  if (own || !(SUBORDINATE.test(sentence) || opensOnDate)) return own;
  // "When 1,600 delegates file into the hall from January 19, the party will be holding its first
  // congress…": a date in a leading "when" clause dates the event the main clause names; so does
  // a date that opens the sentence ("From September 1, the agency will place levy scanners…").
  const main = termsOf(rest);
  for (let i = 0; i < main.length; i++) {
    const label = labelAt(main, i);
    if (label) return label;
  }
  return opensOnDate ? actionLabel(rest) : undefined;
}

// "…, and the governor's office said the final reading is scheduled for December 3": a clause that
// names what is scheduled names the event, whatever event word an earlier clause holds.
const SCHEDULED = /(?:^|\s)((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:is|are|will be|has been|have been)\s+(?:now\s+)?(?:scheduled|set|slated|pencil+ed in|expected to take place|due to take place)\s+(?:for|on)\s*$/iu;
function scheduledSubject(clauseLead: string): string | undefined {
  const m = SCHEDULED.exec(clauseLead.replace(UP_TO_FIRST_REPORT, ""));
  if (!m?.[1]) return undefined;
  const terms = termsOf(m[1]);
  // From the last determiner on; every word a modifier or the head noun.
  const from = terms.findLastIndex((t) => t.tags.includes("Determiner") || t.tags.includes("Possessive")) + 1;
  const np = terms.slice(from);
  if (np.length === 0 || !np.at(-1)?.tags.includes("Noun") || np.some((t) => !t.tags.some((g) => g === "Noun" || g === "Adjective" || g === "Value") || t.tags.some((g) => ["Pronoun", "Date", "Verb"].includes(g) && !t.tags.includes("Noun")))) return undefined;
  return capitalise(np.map((t) => t.text).join(" "));
}

const SUBORDINATE = /^(?:when|once|as|by the time)\b/i;

// "The new US tariffs on Vietnamese goods agreed in July take effect on Thursday" → "New US tariffs
// take effect"; "the 90-day tariff reprieve agreed in Geneva runs out on Aug. 12" → "90-day tariff
// reprieve runs out": a rule or a deadline that starts or ends on the day, named by its noun.
const LAPSE = /\b(?:to\s+)?(take|takes|took|taking|come|comes|coming|enter|enters|entering|expire|expires|expiring|run|runs|running|lapse|lapses|kick|kicks)\s+(effect|into force|into effect|out|in)?\s*$/i;
const LAPSE_PHRASE: Record<string, [string, string]> = { take: ["take effect", "takes effect"], come: ["come into force", "comes into force"], enter: ["enter into force", "enters into force"], expire: ["expire", "expires"], run: ["run out", "runs out"], lapse: ["lapse", "lapses"], kick: ["kick in", "kicks in"] };

function lapseLabel(before: string): string | undefined {
  const lead = before.replace(TIME_TAIL, "");
  const m = LAPSE.exec(lead);
  const verb = (m?.[1] ?? "").toLowerCase().replace(/(?:s|es|ing)$/, "").replace(/^took$/, "take").replace(/^(?:tak|com|expir|laps)$/, "$&e");
  const phrase = LAPSE_PHRASE[verb];
  // "take" and "come" need their object ("take effect"); "run" needs "out", "kick" needs "in".
  if (!m || !phrase || (["take", "come", "enter", "run", "kick"].includes(verb) && !m[2])) return undefined;
  const subject = coordinatedSubject(lead.slice(0, m.index))
    .replace(/\s+\p{Ll}+ed\s+(?:in|on|at|by|from|with|last|this|earlier)\b.*$/u, "")
    .replace(/\s+(?:on|of|for|in|at|from|with|to|against)\s+.*$/i, "");
  const terms = termsOf(subject);
  let k = terms.length;
  while (k > 0 && k > terms.length - MAX_MODIFIERS && terms[k - 1]?.tags.some((g) => g === "Noun" || g === "Adjective" || g === "Value" || g === "Hyphenated") && !terms[k - 1]?.tags.some((g) => g === "Pronoun" || g === "Possessive" || g === "Determiner")) k--;
  // A word the tagger split ("90-day") is kept whole.
  const from = subject.lastIndexOf(" ", (terms[k]?.start ?? subject.length) - 1) + 1;
  const np = k < terms.length ? subject.slice(from).trim() : "";
  if (np === "" || !terms.at(-1)?.tags.includes("Noun")) return undefined;
  const plural = terms.at(-1)?.tags.includes("Plural") === true;
  return capitalise(`${np} ${phrase[plural ? 0 : 1]}`);
}

// The words before a lapse verb that may hold its subject: its own clause, or, when the verb is a
// second predicate ("The change, approved by the board, is part of the reform and takes effect"),
// the sentence's subject before its first verb.
function coordinatedSubject(lead: string): string {
  const own = lead.split(/[,;:—]/).pop() ?? "";
  if (!/\band\s*$/.test(own)) return own;
  const first = lead.split(/[,;:—]/)[0] ?? "";
  const verb = termsOf(first).find((t) => t.tags.includes("Verb"));
  return verb ? first.slice(0, verb.start) : first;
}

// A named day is a schedule ("closes on November 4") where a month is a forecast ("recover by
// June"); a clause that hedges ("should", "could", "may") is no schedule either. The label is what
// the clause says happens, in its own words, without the time words that lead to the date:
// "The first phase runs until October 19" → "First phase runs"; "Submissions close at 5pm on
// 18 July" → "Submissions close"; "is scheduled for its second reading next Tuesday" → "Second reading".
function happeningLabel(sentence: string, when: Span): string | undefined {
  const from = clauseStart(sentence, when.index) + 1;
  // "The ministry said bids were due on March 12": what was said, not who said it.
  let clause = sentence.slice(from, when.index).replace(UP_TO_FIRST_REPORT, "").replace(/^\s*(?:and|but|while|before|after|when)\s+/i, "");
  // "The second phase, focusing on consumer goods, opens April 23": the subject sits before the aside.
  if (from > 0 && /^\s*\p{Ll}/u.test(clause) && termsOf(clause)[0]?.tags.includes("Verb")) clause = `${sentence.slice(0, sentence.indexOf(","))} ${clause}`;
  if (/\b(?:should|could|may|might|hopes?|expects?)\b/i.test(clause)) return undefined;
  // "The procession … begins with the first Kumbal Perahera on Wednesday": what it opens with is the event.
  const opensWith = /\b(?:begins?|opens?|starts?|kicks? off|ends?|closes?|concludes?|culminates?|wraps? up)\s+(?:with|in)\s+(?:(?:the|a|an|its|their)\s+)?(.+)$/i.exec(clause.trim());
  if (opensWith?.[1]) {
    const event = opensWith[1].replace(/[,.;:]/g, " ").replace(TIME_TAIL, "").trim();
    const n = wordCount(event);
    if (n >= 1 && n <= MAX_HAPPENING_WORDS && !termsOf(event).some((t) => t.tags.includes("Verb") || t.tags.includes("Pronoun"))) return capitalise(event);
  }
  // "A proposed fee increase goes before the port commission next Wednesday": the sitting it goes before is the event.
  const before = /\b(?:goes|go|going|comes|come|coming|(?:is|are|will be)\s+put)\s+before\s+(?:the\s+)?(.+)$/i.exec(clause.trim())?.[1]?.replace(/[,.;:]/g, " ").replace(TIME_TAIL, "").trim();
  if (before && wordCount(before) <= MAX_HAPPENING_WORDS) return capitalise(before);
  const scheduledFor = /\b(?:scheduled|set|due|slated|planned|booked|pencil+ed in|gathers?|meets?|convenes?|assembles?)\s+for\s+(?:(?:its|the|a|an|their)\s+)?(.+)$/i.exec(clause.trim());
  clause = withoutReducedRelative((scheduledFor?.[1] ?? clause).replace(/[,.;:]/g, " ").replace(TIME_TAIL, "").replace(/^\s*(?:the|a|an)\s+/i, "").trim());
  // "Bidding for 5G airwaves in the 600 MHz band opens" → "Bidding for 5G airwaves opens": a second phrase of place goes when the clause runs long.
  if (wordCount(clause) > MAX_HAPPENING_WORDS) clause = clause.replace(/^(\S+(?:\s+\S+){0,4}?)\s+(?:in|at|across|near|along|around)\s+(?:\S+\s+){0,5}?(\p{Ll}+)$/u, "$1 $2");
  const n = wordCount(clause);
  if (n < (scheduledFor ? 1 : 2) || n > MAX_HAPPENING_WORDS) return undefined;
  const doc = nlp(clause);
  if (/^(?:it|he|she|they|we|i|you|this|that|there)\b/i.test(clause) || doc.people().found) return undefined;
  return capitalise(clause.replace(/\s+/g, " "));
}

// "New tariffs agreed in July take effect" → "New tariffs take effect": the participle's phrase
// between a subject and its verb says which, not what happens.
function withoutReducedRelative(clause: string): string {
  const terms = termsOf(clause);
  const at = terms.findIndex((t, i) => i > 0 && t.tags.includes("PastTense") && terms[i - 1]?.tags.includes("Noun") && terms[i + 1]?.tags.includes("Preposition"));
  const verb = terms.findIndex((t, i) => i > at + 1 && t.tags.includes("PresentTense"));
  return at > 0 && verb > at ? [...terms.slice(0, at), ...terms.slice(verb)].map((t) => t.text).join(" ") : clause;
}

// The words between a clause and its date that only say when: "at 5pm on", "on Saturday", "from".
const TIME_TAIL = /(?:\s+(?:on|at|for|from|until|till|through|by|in|before|after|around|about|next|this|coming|and|or|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight))+\s*$/i;
const MAX_HAPPENING_WORDS = 6;

// "Employers are due to give their answers on March 18" → "Give answers": the verb a future cue
// governs and the first noun after it, when no event noun is at hand.
function actionLabel(before: string): string | undefined {
  const cue = [...before.matchAll(/\b(?:will|would|due to|set to|scheduled to|expected to|plans? to|is to|are to|intends? to)\s+/gi)].pop();
  if (!cue) return undefined;
  const terms = termsOf(before.slice((cue.index ?? 0) + cue[0].length));
  const verb = terms[0];
  // "The agreements are to be signed", "the second phase will be held": what is done, to what.
  if (/^(?:be|been)$/i.test(verb?.normal ?? "") && terms[1]?.tags.includes("Verb")) {
    const from = Math.max(before.lastIndexOf(",", cue.index ?? 0) + 1, 0);
    const subject = before.slice(from, cue.index).replace(/^\s*(?:the|a|an)\s+/i, "").trim();
    const n = wordCount(subject);
    return n >= 1 && n <= MAX_MODIFIERS + 2 && !/^(?:it|they|he|she|this|that)$/i.test(subject) ? capitalise(`${subject} ${terms[1]?.text ?? ""}`.trim()) : undefined;
  }
  // After "to" or "will" a word is a verb whatever the tagger read, alone, makes of it ("is scheduled
  // to brief the committee", "will place levy scanners").
  const afterCue = verb !== undefined && !verb.tags.some((g) => g === "Determiner" || g === "Preposition" || g === "Pronoun" || g === "Adverb");
  if ((!verb?.tags.includes("Verb") && !afterCue) || verb?.tags.includes("Auxiliary") || verb.tags.includes("Copula") || /^(?:be|been|being|have)$/i.test(verb.normal)) return undefined;
  const isNoun = (t: Term | undefined): boolean => !!t && t.tags.includes("Noun") && !t.tags.some((g) => ["Pronoun", "Possessive", "Date", "Value"].includes(g));
  // The whole compound: "leave the cash rate" → "Leave cash rate", not "Leave cash".
  const start = terms.findIndex((t, i) => i >= 1 && i < 6 && isNoun(t));
  let end = start;
  while (start > 0 && end + 1 < terms.length && isNoun(terms[end + 1]) && !/[,.;:]$/.test(terms[end]?.text ?? "")) end++;
  const noun = start > 0 ? terms.slice(start, end + 1).map((t) => t.text).join(" ").replace(/[,.;:]$/, "") : "";
  // "will sit down again on Friday": a verb that stands for its event is named as the event.
  // A word only its place makes a verb ("will parade") says too little alone.
  if (!noun && !verb.tags.includes("Verb") && !EVENT_VERBS[verb.normal]) return undefined;
  return capitalise(noun ? `${verb.normal} ${noun}` : EVENT_VERBS[verb.normal] ?? verb.normal);
}

function labelAt(terms: Term[], i: number): string | undefined {
  const t = terms[i];
  if (!t) return undefined;
  const word = t.normal.replace(/[^a-z-]/g, "");
  const isVerb = t.tags.includes("Verb");
  // "the Marina Bay Convention Centre", "the Chief Election Commissioner": an event word naming a
  // venue or an office is no event.
  const venue = !/[,.;:]$/.test(t.text) && /^(?:centre|center|hall|complex|grounds?|stadium|building|hotel|house|arena|park|square|palace|commission|commissioner|committee|office|officer|secretariat|body|board)$/i.test(terms[i + 1]?.normal ?? "");
  // "Sign up to the newsletter": a verb with its particle is another verb.
  if (isVerb && /^(?:up|off|out)$/i.test(terms[i + 1]?.normal ?? "")) return undefined;
  // "its first investor day", "budget day", "polling day": a day named by what happens on it.
  const namedDay = word === "day" && !isVerb && terms[i - 1]?.tags.includes("Noun") === true && !terms[i - 1]?.tags.some((g) => ["Date", "Value", "Pronoun", "Possessive"].includes(g));
  const noun = (EVENTS.has(word) || namedDay) && !isVerb && !venue ? (word === "meet" ? "meeting" : t.text.replace(/[,.;:]$/, "")) : isVerb ? EVENT_VERBS[nlp(t.text).verbs().toInfinitive().text().toLowerCase()] : undefined;
  if (!noun) return undefined;
  const mods: string[] = [];
  // Before a verb stand its subjects ("China meet"), not modifiers of the event.
  for (let k = i - 1; !isVerb && k >= 0 && mods.length < MAX_MODIFIERS; k--) {
    const m = terms[k];
    // "…voluntary cuts next meet": a time word ends the event's modifiers.
    if (!m || /[,;:]$/.test(m.text) || /^(?:next|this|last|coming|upcoming)$/i.test(m.normal) || !m.tags.some((g) => g === "Adjective" || g === "Noun" || g === "Value") || m.tags.some((g) => ["Pronoun", "Possessive", "Determiner", "Date", "Verb"].includes(g))) break;
    mods.unshift(m.text);
  }
  // "to Japan", "in Geneva": a place right after the event says which one.
  const prep = terms[i + 1];
  const place = terms[i + 2];
  const where = prep && place && /^(to|in|with)$/i.test(prep.normal) && place.tags.includes("Place") ? ` ${prep.text} ${place.text.replace(/[,.;:]$/, "")}` : "";
  return capitalise(`${mods.join(" ")} ${noun}${where}`.trim());
}
