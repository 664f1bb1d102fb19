// Items a brief sets out by its shape rather than by a cue phrase:
//   list entries    — "- Cost of living: a cap on…", "1. Emergency financing: …" after "three pillars:"
//   headings        — short lines over the paragraphs they head ("Tax cuts", "2. Capital spending")
//   questions       — an explainer's "What happens to the subsidies?" and the answer under it
//   a count         — "…will take up three files. The first is border reopening: … The second, …"
//                     or "Three issues dominate: growth, the leadership line-up and corruption."
//   ordinals        — "First, … Second, … Third, …"
//   topic sentences — paragraphs that each open on their subject in a few words ("Water sharing is
//                     the other hurdle.", "On haze, leaders agreed…")
// Every shape needs corroboration (two entries, two headings, a count announced, a run of topic
// sentences) so that one short paragraph of a news story does not become an item.
import nlp from "compromise";
import { termsOf } from "./pos.ts";
import { isReportingVerb, REPORTED, REPORTS } from "./reporting.ts";
import { headsClause, verbGroup } from "./verbs.ts";
import { WEEKDAYS } from "./dates.ts";
import { MAX_LABEL_WORDS } from "./agenda-label.ts";
import { alt, isGeneric, isPlace, isTheSitting, readCue, withoutAttribution } from "./agenda-cues.ts";
import { hasFiniteVerb, hasVerb, isAgentLike, splitList, subjectOf, withoutAsides } from "./phrases.ts";
import { deedObject, demandOf } from "./agenda-demands.ts";
import { addressesReader, capitalise, isFormField, isProcedure, withoutMinuteNumber, LIST_MARK, saysOnlyWhen, sentences, withoutReflexive, wordCount } from "./text.ts";

export interface Found {
  /** The paragraph the item comes from: items are kept in the order the brief raises them. */
  at: number;
  /** The raw words naming the topic, before they are made a label. */
  topic: string;
  summary: string;
}


// What a brief counts when it announces its items: "three files", "several responses", "five things".
const ITEM_NOUNS = alt([
  "issues", "items", "topics", "questions", "priorities", "concerns", "matters", "themes", "areas", "sticking points", "talking points", "challenges",
  "subjects", "tests", "demands", "files", "pillars", "worries", "things", "fronts", "hurdles", "risks", "goals", "proposals",
  "measures", "changes", "steps", "reforms", "problems", "options", "pledges", "promises", "planks", "elements", "parts",
  "strands", "tracks", "asks", "conditions", "flashpoints", "obstacles", "responses", "ideas", "battles", "fights", "lessons",
  "takeaways", "trends", "headaches", "disputes", "irritants", "requests", "tasks", "objectives", "targets", "bills", "motions", "dossiers",
  "resolutions", "decisions",
]);
// Nouns that also explain what happened ("Three factors drove the decision: …"): counted only where
// each next sentence plainly delivers one, and never of the past.
const EXPLAINING_NOUNS = alt(["projects", "pressures", "factors", "forces", "unknowns", "uncertainties", "considerations", "dangers", "threats", "choices", "dilemmas", "tensions", "debates", "battlegrounds"]);
const COUNT = alt(["one", "a single", "two", "three", "four", "five", "six", "seven", "several", "a few", "a handful of", "a number of", "[2-9]"]);
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const countOf = (count: string): number => COUNT_WORDS[count.toLowerCase()] ?? (/^[2-9]$/.test(count) ? Number(count) : 0);
// "three main items before them:", "four issues in order.": a few words may follow the noun.
// "Three things, really." in a spoken answer: a hedge after a comma.
// "The most urgent of the three items is flood data": a count after "of the" points back; it announces nothing.
const NOT_BACK = String.raw`(?<!\bof\s+(?:the|these|those)\s+)`;
const COUNTED = new RegExp(String.raw`${NOT_BACK}\b(${COUNT})\s+(?:[\p{L}’'-]+\s+){0,2}?${ITEM_NOUNS}(?:\s+[\p{L}’'-]+){0,4}?(?:,\s*(?:really|mainly|mostly|basically|essentially|broadly|I think|I'd say))?\s*(?:([.:])\s*(.*))?$`, "iu");
const ITEM_COUNT = new RegExp(String.raw`${NOT_BACK}\b(${COUNT})\s+(?:[\p{L}’'-]+\s+){0,2}?${ITEM_NOUNS}\b`, "iu");
// Only where each next sentence plainly delivers one may a count be of projects: "…haggle over three
// projects that have dragged for years." (not "residents have blocked two projects").
const DELIVERED_COUNT = new RegExp(String.raw`${NOT_BACK}\b(${COUNT})\s+(?:[\p{L}’'-]+\s+){0,2}?(?:${ITEM_NOUNS}|${EXPLAINING_NOUNS})\b`, "iu");
// Closing its paragraph a count may use any plural ("…boils down to three dossiers."): what follows
// must then deliver it, one paragraph an item.
const COUNTED_CLOSING = new RegExp(String.raw`(?<=\b(?:to|on|around|into|over|about|are|is|were|was|has|have|had|face|faces|named|listed|identified|cited|flagged|sees|see|raised|raise|with|includes|include|comprises|involves)\s+)(${COUNT})\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+s)\s*([.:])$`, "iu");
// Counted things that are not items: people, time, amounts.
const NOT_ITEMS = /^(?:people|persons|children|years|months|weeks|days|hours|minutes|times|percent|points|seats|votes|members|deaths|cases|dollars|tonnes|tons|barrels|kilometres|kilometers|miles|metres|meters|games|matches|goals|runs|wickets|sets|rounds|decades|centuries|sessions|terms|steps|ways|others|countries|nations|sides|neighbours|neighbors|states|partners|allies|firms|companies|banks|brothers|sisters|sons|daughters)$/i;
// Before a colon and a list any plural will do: "several remedies: A; B; and C", "Four issues dominate: A, B and C".
// "one overriding demand: verifiable action against…" names its one item in the singular.
// "three matters that the bulletin describes as "existential for growers": A, B and C": quoted words too.
const COUNTED_COLON = new RegExp(String.raw`\b(${COUNT})\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}-]+(?:\s+[\p{L}’'"“”-]+){0,16}?\s*(:)\s*(.+)$`, "iu");

// Openers of an ordinal sentence, and the shapes that name the topic in it.
const ORDINAL = "first|second|third|fourth|fifth|next|last|final|other";
const ORDINAL_OPENER = new RegExp(String.raw`^(?:(?:and|but)\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|finally|lastly|last|then|next|the (?:${ORDINAL})\b|a (?:second|third|fourth|fifth)\b)`, "i");
// "The thorniest is CEO succession": a superlative ranks like an ordinal.
// "A third concerns the environmental damage…": an indefinite ordinal ranks too.
const ORDINAL_IS = new RegExp(String.raw`^(?:and\s+)?(?:the|a)\s+(?:${ORDINAL}|\p{L}{3,}est|most\s+\p{L}+|least\s+\p{L}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|was|will be|remains|concerns|involves)\s+(.+)$`, "iu");
// "The third, and thorniest, is disarmament": an aside after the ordinal, then the item.
// The aside ranks ("and thorniest", "perhaps the hardest"); "The second, water sharing, is urgent" names its item in it.
const ORDINAL_ASIDE_IS = new RegExp(String.raw`^(?:and\s+)?the\s+(?:${ORDINAL})\s*,\s*(?:and|perhaps|arguably|probably|by far)\b[^,]{0,30},\s*(?:is|was|will be|remains)\s+(.+)$`, "iu");
// "One is a share buyback…", "Another is the sale of its supermarket unit".
// "First on the list: a common framework for debt.", "Second: new money for the poverty fund."
const ORDINAL_COLON = /^(?:and\s+)?(?:first|second|third|fourth|fifth|next|last|finally|lastly)(?:\s+(?:on|in)\s+the\s+(?:list|agenda|line))?\s*:\s*(.+?)[.]?$/iu;
const ONE_IS = /^(?:and\s+)?(?:one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|was|will be|concerns|involves)\s+(.+)$/iu;
const ORDINAL_APPOSITIVE = new RegExp(String.raw`^(?:and\s+)?the\s+(?:${ORDINAL})\s*,\s*([^,]+),`, "iu");
const COMES = /^(?:and\s+)?(?:first|second|third|last|next|then|finally|lastly)\s*,?\s+(?:comes?|came|there\s+(?:is|are|will be)|there['’]s)\s+(.+)$/iu;
// "And finally land covenants, the restrictions that…": a closing adverb needs no comma.
// "To start with, counterstrike missiles": an idiom opens a count as "First," does.
const FIRST_IDIOMS = String.raw`first of all|to (?:start|begin) with|for a start|for starters`;
const FIRST = String.raw`first(?:ly)?|${FIRST_IDIOMS}`;
const ADVERB_FIRST = new RegExp(String.raw`^(?:and\s+)?(?:(?:${FIRST}|second(?:ly)?|third(?:ly)?|fourth|fifth)\s*,|(?:finally|lastly)\s*,?)\s*(.+)$`, "iu");
const SET_APART = /^((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)(?:\s+[—–]\s+|,\s+(?:the|a|an)\s)/u;
const X_FIRST = /^([\p{L}’' -]{3,40}?)\s+(?:first|next|last)\.?$/iu;
// "the question Pakistan cares about most, militant sanctuaries": the topic follows the frame.
const FRAMED = /^(?:the|a)\s+(?:question|issue|matter|problem|subject|item|file)\b[^,]*,\s*(.+)$/iu;

const BULLET = new RegExp(String.raw`^(${LIST_MARK})\s+`, "u");
// "2. Financing", "(3) Tariffs", and a minute's "Item 2: Parking enforcement".
const NUMBER = /^(?:\(?(\d{1,2})[.)]|(?:agenda\s+)?item\s+(\d{1,2})\s*[:.—–-])\s+/i;
const HEAD_AND_BODY = /^([^:–—→]{2,60}?)\s*(?::|\s[–—→-]\s)\s*(.+)$/u;
const MAX_HEADING_WORDS = 7;
const MAX_QUESTION_WORDS = 16;
const MAX_TOPIC_SENTENCE_WORDS = 12;
const MIN_BODY_WORDS = 10;
// A paragraph that opens on a contest over its topic, or on the work of dealing with it.
const CONTEST_OVER = /\b(?:exchanges|questions|fights?|battles?|rows?|clash(?:es)?|scrutiny|press(?:es|ed)?|grill(?:s|ed)?|spar(?:s|red)?|tussles?|wrangl(?:e|es|ing)|haggl(?:e|es|ing)|sparring|pushback)\b[^.;]{0,40}?\bover\s+(?:the\s+)?([^,;]+)/iu;
const DEALING = /\b(?:sort out|address|deals? with|takes? up|resolve|settle(?!\s+(?:on|for|in|down|into)\b)|tackle|take on|grapple with|talk about|take a (?:fresh |hard |close |closer |new |second )?look at|(?:push|press)(?:es|ed|ing)? for|wants? to (?:discuss|raise)|thrash out|hammer out|confront|untangle|wrestle with|(?:are|is)\s+(?:also\s+)?(?:set|expected|likely|certain|due|poised)\s+to\s+(?:reopen|revisit|debate|challenge|oppose|push|fight|target|amend|scrutinise|scrutinize|question))\s+(?:the\s+)?([^,;]+)/iu;
const MAX_OBJECT_OPENER_WORDS = 22;
const RANKED = /^the\s+(?:most\s+[\p{L}-]+|[\p{L}-]+est|first|second|third|last|final|main|key|other|next|real|bigger|larger)\b/iu;
const COPULA_LEAD = /^\s*(?:is|was|are|were|remains|will be|has been)\s+/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+/i;
const TOPIC_MARKER = /^(?:(?:but|and|yet)\s+)?(?:as for|as to|on|turning to|when it comes to)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+),\s+\S/iu;
const CONNECTIVE = new RegExp(String.raw`^(?:(?:but|and|yet|still|meanwhile|however|then|now|finally|lastly|${FIRST}|second|third|also|for (?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+),\s*|(?:but|and|yet)\s+)`, "iu");

/** Items from lists, headings, questions, counts and ordinals, in the order the brief gives them. */
export function structuralItems(paragraphs: string[]): Found[] {
  return [...listItems(paragraphs), ...tableRowItems(paragraphs), ...inlineListItems(paragraphs), ...headingItems(paragraphs), ...kickerItems(paragraphs), ...leaderItems(paragraphs), ...questionItems(paragraphs), ...countedItems(paragraphs), ...ordinalItems(paragraphs)].sort((a, b) => a.at - b.at);
}

// "3 — Tuition fees for 2026–2027: proposed increase of 8% — BG/26/11 — Decision": an agenda set as a
// table, a row to a paragraph, its cells apart by dashes or bars. The row's number opens it; its subject
// is the cell after, named before its colon; the paper and the action after it say nothing of what.
const ROW_CELLS = /\s+[—–|]\s+/;
const MIN_TABLE_ROWS = 3;
function tableRowItems(paragraphs: string[]): Found[] {
  const rows = paragraphs.flatMap((p, at) => {
    const cells = p.trim().split(ROW_CELLS);
    return cells.length >= 3 && /^(?:item\s+)?\d{1,2}[.)]?$/i.test(cells[0] ?? "") && (cells[1] ?? "").length > 2 ? [{ at, subject: cells[1] ?? "" }] : [];
  });
  if (rows.length < MIN_TABLE_ROWS) return [];
  return rows.flatMap(({ at, subject }) => {
    const topic = subject.split(/[:;]\s|,\s+(?:including|such as|with|notably)\b/)[0]?.replace(/[.]$/, "").trim() ?? "";
    const business = isProcedure(topic) || isFormField(topic) || saysOnlyWhen(topic) || /^(?:opening|minutes|report of|reports? from|any other business|date of (?:the )?next meeting)\b/i.test(topic);
    return topic && !business && wordCount(topic) <= MAX_LABEL_WORDS + 6 ? [{ at, topic, summary: subject }] : [];
  });
}

// "…including: (i) cooperation in hydropower; (ii) the rail links; and (iii) trade": a list inside a sentence.
const INLINE_MARK = /\((?:i{1,3}|iv|v|vi{1,3}|[a-f]|[1-9])\)\s+/g;
function inlineListItems(paragraphs: string[]): Found[] {
  return paragraphs.flatMap((p, at) =>
    sentences(p).flatMap((s) => {
      const marks = [...s.matchAll(INLINE_MARK)];
      if (marks.length < 2 || !/^\((?:i|a|1)\)/.test(marks[0]?.[0] ?? "")) return [];
      return marks.flatMap((m, k) => {
        const start = (m.index ?? 0) + m[0].length;
        const entry = s.slice(start, marks[k + 1]?.index ?? s.length).replace(/[;,.]?\s*(?:and|or)?\s*$/i, "").trim();
        const topic = topicOfEntry(entry);
        return topic ? [{ at, topic, summary: entry }] : [];
      });
    }),
  );
}

// "Platform economy .......... first round on a gig-work standard Biological hazards ........ final
// round": a table set with dot leaders, flattened into one paragraph or one row to a paragraph. A
// label is the capitalised run of words before its leader; a table of contents ("Introduction .... 3") is no agenda.
const LEADER = /\s*\.{4,}\s*/gu;
const MAX_LEADER_LABEL_WORDS = 5;
function leaderItems(paragraphs: string[]): Found[] {
  const rows = paragraphs.flatMap((p, at) => {
    const leaders = [...p.matchAll(LEADER)];
    return leaders.map((m, k) => {
      const start = k === 0 ? 0 : (leaders[k - 1]?.index ?? 0) + (leaders[k - 1]?.[0].length ?? 0);
      const words = p.slice(start, m.index).trim().split(/\s+/);
      // Where the label begins: the first capitalised word among the last few, after the row before's words.
      const tail = words.slice(-MAX_LEADER_LABEL_WORDS);
      const from = k === 0 && words.length <= MAX_LEADER_LABEL_WORDS ? 0 : tail.findIndex((w) => /^\p{Lu}/u.test(w));
      const label = from < 0 ? "" : tail.slice(from).join(" ");
      const end = leaders[k + 1]?.index ?? p.length;
      const body = p.slice((m.index ?? 0) + m[0].length, end).trim();
      return { at, label, body };
    });
  });
  const described = rows.filter((r) => r.label !== "" && (r.body.match(/\p{L}{2,}/gu) ?? []).length >= 3 && !isProcedure(r.label) && !isFormField(r.label) && !saysOnlyWhen(r.label));
  if (described.length < 2 || described.length < rows.length) return [];
  return described.map((r) => ({ at: r.at, topic: r.label, summary: `${r.label}: ${r.body.split(/\s+/).slice(0, 20).join(" ")}` }));
}

/** The paragraph's list entries, or undefined when it does not open as a list. */
export function entriesOf(paragraph: string): string[] | undefined {
  const bullet = BULLET.exec(paragraph);
  if (bullet) {
    const mark = bullet[1] === "*" ? "\\*" : (bullet[1] ?? "-");
    return paragraph.slice(bullet[0].length).split(new RegExp(String.raw`\s+${mark}\s+`, "u")).map(cleanEntry).filter((e) => e !== "");
  }
  const number = NUMBER.exec(paragraph);
  if (!number) return undefined;
  const entries: string[] = [];
  let n = Number(number[1] ?? number[2]);
  let rest = paragraph.slice(number[0].length);
  for (;;) {
    const next = new RegExp(String.raw`\s(?:\(?${n + 1}[.)]|(?:agenda\s+)?item\s+${n + 1}\s*[:.—–-])\s+`, "i").exec(rest);
    if (!next) break;
    entries.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + next[0].length);
    n++;
  }
  entries.push(rest);
  return entries.map(cleanEntry).filter((e) => e !== "");
}

function isInstruction(entry: string): boolean {
  const first = termsOf(entry)[0]?.tags ?? [];
  return first.includes("Verb") && (first.includes("Infinitive") || first.includes("Imperative")) && !first.includes("Noun") && !first.includes("Gerund");
}

const markOf = (paragraph: string): string | undefined => BULLET.exec(paragraph)?.[1] ?? (NUMBER.test(paragraph) ? "number" : undefined);

const cleanEntry = (e: string): string => e.trim().replace(/[;,]\s*(?:and)?$/i, "").trim();

// "ORDERS OF THE DAY", "Agenda", "The committee considered the following items.": a lead-in that names a list of business.
const ORDER_OF_BUSINESS = /^(?:orders? of the day|order of business|agenda|business|items? (?:for|of) business)\.?$|\bthe following (?:items|matters|business|motions|bills|resolutions)\b/i;

const OBJECT_TO_FOLLOW = /\b(?:will|would|to|shall|is set to|are set to|is expected to|are expected to)\s+(?:also\s+)?(?:cover|include|discuss|consider|examine|address|weigh|debate|take up|review|hear|decide on|vote on)\s*$/i;

const NUMBERED_PAPER = /^(?:proposal|resolution|motion|item|bill|article|clause|amendment|question|petition)\s+(?:no\.?\s*)?[\dA-Z][\d.a-z]*$/i;
// "Proposal 14 — to scrap supply management for dairy…", "Motion 2: That provincial grants be paid
// quarterly": a number names the paper; what it would do, or what it would change, names the item.
function paperItem(head: string, body: string): string | undefined {
  if (!NUMBERED_PAPER.test(head.trim())) return undefined;
  const changed = /^that\s+(.+?)\s+(?:be|should|shall|must|will)\s/i.exec(body)?.[1];
  return changed ?? body.replace(/^to\s+[\p{L}-]+\s+(?:for\s+)?/iu, "").split(/,\s/)[0];
}

// Runs of consecutive list paragraphs: one list, however its entries were laid out.
function listItems(paragraphs: string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const run: { at: number; entry: string }[] = [];
    let j = i;
    // One list is one kind of mark: numbered points with a bulleted list inside one are two lists.
    const mark = markOf(paragraphs[i] ?? "");
    for (let entries = entriesOf(paragraphs[j] ?? ""); entries && markOf(paragraphs[j] ?? "") === mark; entries = entriesOf(paragraphs[++j] ?? "")) {
      // A notice's opening and closing business ("Apologies for absence", "Any other business") is every meeting's.
      for (const entry of entries) if (!isProcedure(entry)) run.push({ at: j, entry });
    }
    // "• Avoid the areas…", "• Monitor local media": a list of instructions is advice, not items.
    if (run.length === 0 || run.filter(({ entry }) => isInstruction(entry)).length * 2 > run.length) {
      i = Math.max(i, j - 1);
      continue;
    }
    const leadIn = sentences(paragraphs[i - 1] ?? "").at(-1) ?? "";
    // "…will ask shareholders to approve three resolutions that would reshape…" and three bullets: the count announces them too.
    const counted = ITEM_COUNT.exec(leadIn);
    // "…the four-day hearing will cover" and a bulleted list: a verb of discussing without its object announces it.
    const announced = /:$/.test(leadIn) || OBJECT_TO_FOLLOW.test(leadIn) || ORDER_OF_BUSINESS.test(leadIn) || COUNTED.test(leadIn) || (counted !== null && countOf(counted[1] ?? "") === run.length && !tellsThePast(leadIn, counted[1] ?? ""));
    // "Tariffs: a 9% rise…", or "Autos. Washington wants…": a short head, then what is at stake.
    const headed = run.map(({ at, entry }) => {
      const m = HEAD_AND_BODY.exec(entry);
      // "Thu Nov 13: Tencent results": a calendar's date heads when, not what.
      const numbered = m?.[1] && m[2] ? paperItem(m[1], m[2]) : undefined;
      if (numbered && m?.[2]) return { at, topic: numbered, summary: sentences(m[2])[0] ?? m[2] };
      if (m?.[1] && m[2] && wordCount(m[1]) <= MAX_LABEL_WORDS + 1) return saysOnlyWhen(m[1]) ? undefined : { at, topic: m[1], summary: sentences(m[2])[0] ?? m[2] };
      const [head, body] = sentences(entry);
      return head && body && wordCount(head) <= MAX_LABEL_WORDS + 1 ? { at, topic: head.replace(/[.!]$/, ""), summary: body } : undefined;
    });
    // "Label: explanation" entries are items by their shape; plain sentences only under a lead-in that announces them.
    if (run.length >= 2 && headed.every((h) => h !== undefined)) found.push(...headed.filter((h): h is Found => h !== undefined));
    else if (run.length >= 2 && announced) {
      for (const { at, entry } of run) {
        const topic = wordCount(entry) <= MAX_HEADING_WORDS ? entry.replace(/[.;]$/, "") : topicOfEntry(entry, /:$/.test(leadIn));
        if (topic) found.push({ at, topic, summary: wordCount(entry) <= MAX_HEADING_WORDS ? bodySentence(paragraphs[j] ?? "") ?? entry : entry });
      }
    }
    i = j - 1;
  }
  return found;
}

// "PRICE FORECASTS: The board will release…", "THE TARIFF DEAL: Last week's agreement…": paragraphs
// in a row that each open on a short head and a colon, with no mark before them. A head said twice
// is a speaker's, a date says when, a field is a form's.
// "THE BIG ONE — The cash rate. After February's increase…": a newsletter's slot before a dash, then the item itself.
const HEADED_PARAGRAPH = /^([^:.!?;—–]{2,50})(?::|\s[—–])\s+(\S.+)$/u;
function withoutWhenCells(row: string): string {
  let rest = row;
  for (let cell = WHEN_CELL.exec(rest); cell?.[1] && saysOnlyWhen(cell[1]); cell = WHEN_CELL.exec(rest)) rest = rest.slice(cell[0].length);
  return rest;
}
const WHEN_CELL = /^([^—–|]{2,30}?)\s+[—–|]\s+/u;

function kickerItems(paragraphs: string[]): Found[] {
  const heads = paragraphs.map((p) => {
    // "Tue, Oct 13 — 09:30 — Air traffic management: cross-border flows": a programme's row names its
    // session after the cells that say when.
    const row = withoutWhenCells(p.trim());
    const m = markOf(p) ? null : HEADED_PARAGRAPH.exec(row);
    // "S26/29 Apologies — Noted.": a minute's number is its filing, not its subject.
    const head = m?.[1] ? withoutMinuteNumber(m[1].trim()) : undefined;
    return head && m?.[2] && wordCount(head) <= MAX_LABEL_WORDS + 1 && !isFormField(head) && !isProcedure(head) && !saysOnlyWhen(head) && !isAgentLike(head) && !isPlace(head) && !isTheSitting(head) ? { head, body: m[2], scheduled: row !== p.trim() } : undefined;
  });
  const found: Found[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let j = i;
    while (heads[j]) j++;
    const run = heads.slice(i, j);
    const names = run.map((h) => h?.head.toLowerCase());
    // A newsletter's own slots ("Our read:", "Trading idea:", "Elsewhere this week:") head paragraphs
    // too: only heads set in capitals, or a run a lead-in announces ("WHAT TO WATCH"), are items.
    const lead = paragraphs[i - 1]?.trim() ?? "";
    // A programme's timed sessions, and papers numbered one by one, are announced by their form.
    const announced = ANNOUNCES.test(lead) || /:$/.test(lead) || ORDER_OF_BUSINESS.test(lead) || run.every((h) => h !== undefined && (NUMBERED_PAPER.test(h.head) || h.scheduled));
    const capitals = run.every((h) => h !== undefined && /\p{Lu}{2}/u.test(h.head) && h.head === h.head.toUpperCase());
    if (run.length >= 2 && new Set(names).size === names.length && (announced || capitals)) {
      run.forEach((h, k) => {
        if (!h) return;
        const [opening = h.body, next] = sentences(h.body);
        // A short verbless opening after the head is the item the slot holds ("SLEEPER — Bond holdings.").
        const fragment = opening.replace(/[.!]$/, "");
        const slotted = next !== undefined && wordCount(fragment) <= MAX_LABEL_WORDS && !termsOf(fragment).some((_, t, all) => headsClause(all, t));
        const topic = paperItem(h.head, h.body) ?? (slotted ? fragment : h.head === h.head.toUpperCase() ? h.head.toLowerCase() : h.head);
        found.push({ at: i + k, topic, summary: slotted ? next : opening });
      });
    }
    i = Math.max(i, j);
  }
  return found;
}

// Short lines that head the paragraph after them; a lone heading is a caption, two or more are a structure.
// "6G study items", "G20 finance track", "COP30 logistics": a number inside a name is no date or count.
const TECH_NAME = /\b(?:\p{Lu}+-?\d+\p{Lu}*|\d+\p{Lu}+\p{L}*)\b/gu;
// "Session 1: Regional power trade", "Day 2 — Water": a programme's numbered slot before its heading.
const NUMBERED_SLOT = /^(?:session|panel|day|part|module|track|workshop|roundtable|segment|theme|round|pillar|strand)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*(?::|[—–-])\s+(?=\p{L})/iu;
function headingItems(paragraphs: string[]): Found[] {
  const firstBody = paragraphs.findIndex((p) => wordCount(p) >= 15);
  const headings: Found[] = [];
  paragraphs.forEach((p, i) => {
    const text = p.replace(NUMBER, "").replace(BULLET, "").replace(/:$/, "").trim().replace(NUMBERED_SLOT, "");
    const next = paragraphs[i + 1] ?? "";
    if (firstBody < 0 || i <= firstBody || wordCount(text) > MAX_HEADING_WORDS || /[.!?;,]$/.test(text) || /^by\s/i.test(text) || /\d|https?:|www\.|@/i.test(text.replace(TECH_NAME, ""))) return;
    if (addressesReader(text) || isFormField(text) || isTheSitting(text)) return;
    if (wordCount(next) < MIN_BODY_WORDS || entriesOf(next)) return;
    const summary = bodySentence(next);
    if (summary) headings.push({ at: i, topic: text, summary });
  });
  return headings.length >= 2 ? headings : [];
}

const ASKS_AGENDA = /^what(?:['’]s|\s+is|\s+will\s+be|\s+are)\s+(?:(?:actually|really)\s+)?(?:on the (?:table|agenda)|at stake|up for (?:discussion|debate|grabs))\b/i;


const QA_MARK = /^\s*(?:Q|Question)\s*[:.)–—-]\s+/;
const LETTER_OPENING = /^(?:I|I['’](?:m|ve|d)|My|We|We['’](?:re|ve)|Our)\s/;

// An explainer asks and answers: a short question opening a paragraph, its answer after it.
function questionItems(paragraphs: string[]): Found[] {
  const found: Found[] = [];
  paragraphs.forEach((raw, i) => {
    // "Q: I work 18 hours a week at a supermarket. Will I finally get pension coverage?": a reader's letter
    // asks last, after saying who they are; the answer is the paragraph after it.
    // Without its "Q:" (a transcript's speaker tags are taken off before), a letter opens on its writer.
    const mark = QA_MARK.exec(raw);
    const p = mark ? raw.slice(mark[0].length) : raw;
    const all = sentences(p);
    const letter = mark !== null || (all.length >= 2 && all.length <= 4 && LETTER_OPENING.test(all[0] ?? "") && !all[0]!.endsWith("?") && all.at(-1)!.endsWith("?"));
    // A letter asks one question: its first sentence when that asks, else its last that does.
    const asked = letter ? [all[0]?.endsWith("?") ? all[0] : (all.findLast((x) => x.endsWith("?")) ?? all[0] ?? "")] : all;
    const [question, ...afterQuestion] = asked;
    // "What happened to the top-up? I read that it was dropped.": the asker's own words are no answer.
    const rest = afterQuestion.every((x) => LETTER_OPENING.test(x)) ? [] : afterQuestion;
    // "Will the base-rate freeze hold? Who pays for the new generation…? And what happens to storm
    // costs?": a paragraph that only asks sets out what is open, one question an item.
    if (i > 0 && asked.length >= 2 && asked.every((q) => q.endsWith("?") && !/^["“‘']/.test(q))) {
      for (const q of asked) {
        const topic = topicOfQuestion(q.replace(/^(?:and|but|or)\s+/i, "").replace(/,\s+or\b.*\?$/i, "?"));
        if (topic && !isAgentLike(topic)) found.push({ at: i, topic, summary: q });
      }
      return;
    }
    if (i === 0 || !question || !question.endsWith("?") || wordCount(question) > MAX_QUESTION_WORDS || /^["“‘']/.test(question)) return;
    const answer = rest.length > 0 ? rest.join(" ") : sentences(paragraphs[i + 1] ?? "")[0]?.endsWith("?") ? "" : (paragraphs[i + 1] ?? "");
    const said = sentences(answer);
    // "Forwarded this email? Subscribe here.", "Got a question we didn't answer? Email…": the page's word to its reader.
    // A column answering readers' letters speaks to them by right ("Not for you.").
    if (!letter && (addressesReader(question) || addressesReader(said[0] ?? ""))) return;
    // "What's on the table?" / "Tariffs, chips and visas, according to officials": the answer lists the items.
    if (ASKS_AGENDA.test(question)) {
      const listed = splitList(withoutAsides(withoutAttribution(said[0] ?? "")));
      if (listed.length >= 2 && listed.every((t) => wordCount(t) <= MAX_LABEL_WORDS + 2 && !isAgentLike(t))) for (const topic of listed) found.push({ at: i, topic, summary: said[0] ?? "" });
      return;
    }
    const summary = bodySentence(answer);
    // "What does India want in return?" / "Mobility. India is pressing for…": an answer that opens on
    // a bare noun names the topic itself.
    // "Yes, the unpaid dues.", "The milk price, first and last.": a spoken answer names its thing before its comma.
    const spoken = (said[0]?.replace(/[.!]$/, "") ?? "").replace(/^(?:yes|well|oh|ah|right|sure|indeed),\s+(?=(?:the|our|their|its)\s)/iu, "");
    const lead = capitalise(/^(?:the|our|their|its)\s/i.test(spoken) ? (spoken.split(/,\s/)[0] ?? spoken) : spoken);
    const bare = wordCount(lead) <= 3 && /^\p{Lu}/u.test(lead) && !subjectOf(lead) && !/^(?:yes|no|not|maybe|perhaps|probably|unlikely|likely|partly|sort of|hardly|never|soon|later|very|a lot|lots|much|many|few|little|some|none|all|both|neither|either)\b/i.test(lead);
    const named = bare && termsOf(lead).some((t) => t.tags.includes("Noun") && !t.tags.includes("Pronoun")) ? lead : undefined;
    // "What happens to villages on unstable slopes?" / "…Village relocation is the most sensitive
    // issue": an answer that calls something an item names it better than the question.
    const cued = named ? undefined : said.map((s) => ({ s, cue: readCue(s) })).find(({ cue }) => cue?.shape === "topic" && cue.topics.length === 1 && !hasVerb(cue.topics[0] ?? ""));
    const topic = named ?? cued?.cue?.topics[0] ?? topicOfQuestion(question);
    if (summary && topic) found.push({ at: i, topic, summary: cued?.s ?? summary });
  });
  return found.length >= 2 ? found : [];
}

const SAID_COLON = new RegExp(String.raw`,\s*(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}\s+${REPORTED}\s*:`, "u");

// "…will take up three files." and the sentences after it; "Three issues dominate: A, B and C."
function countedItems(paragraphs: string[]): Found[] {
  const found: Found[] = [];
  const all = paragraphs.flatMap((p, at) => sentences(p).map((s) => ({ at, s })));
  all.forEach(({ at, s: said }, k) => {
    // "Two matters are left for the working group, the minister said: A, and B."
    const s = said.replace(SAID_COLON, ":");
    const closing = all[k + 1]?.at !== at ? COUNTED_CLOSING.exec(s) : null;
    const m = COUNTED_COLON.exec(s) ?? COUNTED.exec(s) ?? (closing && !NOT_ITEMS.test(closing[2] ?? "") && !isAgentLike(closing[2] ?? "") ? closing : null);
    if (!m) {
      found.push(...deliveredCount(all, k, paragraphs));
      return;
    }
    const [, count = "", stop, listed] = m === closing ? [m[0], m[1], m[3], ""] : m;
    // "Three factors drove the decision: A, B and C" explains what happened; "The agenda ran to three
    // items:" still names items.
    if (stop === ":" && !ITEM_COUNT.test(s) && tellsThePast(s.slice(0, s.indexOf(":")), count)) return;
    if (stop === ":" && listed && listed.trim() !== "") {
      const parts = listed.includes(";") ? listed.split(/\s*;\s*/) : splitList(listed);
      // "one overriding demand: verifiable action against…" names one item, and what follows its
      // first comma only says more of it; a list needs two. A list of people ("three were hurt: A, B
      // and C") is no agenda; one person-like entry among things is left out ("how many professionals will get visas").
      const single = /^(?:one|a single)$/i.test(count);
      const listedParts = parts.map((t) => t.trim().replace(/[.]$/, "")).filter((t) => t !== "").slice(0, single ? 1 : undefined);
      // "A few issues remain: the fingerprint reader is fussy…": a clause that says how a thing is names nothing on the table.
      const topics = listedParts.filter((t) => !isAgentLike(t) && !saysHowItIs(t));
      if (listedParts.length < (single ? 1 : 2) || topics.length * 2 <= listedParts.length) return;
      if (single) topics.splice(1);
      for (const topic of topics) found.push({ at, topic, summary: sentenceAbout(topic, paragraphs.slice(at + 1), s) });
      return;
    }
    // A marked list after the count is listItems' to read.
    if (entriesOf(paragraphs[at + 1] ?? "")) return;
    const n = countOf(count);
    // "Three things, really. Mackerel first. … / Access to Norwegian waters is the second thing. … /
    // And the third? / The sandeel ban.": where each item is plainly marked, the marks deliver the count.
    const marked = markedDeliveries(all, k, n);
    const following: Delivery[] = marked ?? announcedAfter(all, k, n, paragraphs);
    if (n < 2 || following.length < n) return;
    // Each delivering sentence names its item as any cue would ("Foremost is…", "X comes next").
    // "The Europeans want three things. They want Iran to restore full inspections. They want an account of…"
    // "Three questions hang over it. Will caste be counted? How will migrants be enumerated?": a question asks about its thing.
    const topics = following.map((f) => ({ ...f, topic: f.topic ?? (/\?\s*$/.test(f.s) ? topicOfQuestion(f.s.replace(CONNECTIVE, "")) : (topicOfOrdinal(f.s) ?? readCue(f.s)?.topics[0] ?? demandOf(f.s.replace(CONNECTIVE, "")) ?? topicOfEntry(f.s))) }));
    if (topics.every((t) => t.topic)) for (const t of topics) found.push({ at: t.at, topic: t.topic ?? "", summary: t.summary });
  });
  return found;
}

const STATE_VERB = /^(?:is|are|was|were|gets?|got|seems?|feels?|looks?|stays?|remains?|runs?)$/i;
/** "the fingerprint reader is fussy with wet hands", "the phone gets warm": a verb of being and how. */
function saysHowItIs(phrase: string): boolean {
  const terms = termsOf(phrase);
  return terms.some((t, i) => i > 0 && STATE_VERB.test(t.text) && terms[i + 1]?.tags.includes("Adjective") === true && !terms[i + 1]?.tags.includes("Noun"));
}

/** A sentence that delivers a counted item, what it says of it, and the item when the delivery names it outright. */
interface Delivery {
  at: number;
  s: string;
  summary: string;
  topic?: string;
}

// A sentence of a few words names the item; the one after it, in its paragraph, says what is at stake.
const summaryAfter = (s: string, body: string | undefined): string => (wordCount(s) < 8 && body ? body : s);

const ORDINAL_WORD = "first|second|third|fourth|fifth|last|final|next|other";
const ORDINAL_QUESTION = new RegExp(String.raw`^(?:and\s+)?(?:the\s+)?(?:${ORDINAL_WORD})(?:\s+one)?\s*\?$`, "i");
const IS_THE_NTH = new RegExp(String.raw`\s(?:is|are|was|were|will be)\s+(?:the|our|my)\s+(?:${ORDINAL_WORD})\s+(?:thing|issue|question|item|one|point|concern|priority|front)\b`, "i");
const MAX_DELIVERY_PARAGRAPHS = 6;

// The n sentences after a count that each plainly mark an item: an ordinal, "X first.", "X is the
// second thing", or an ordinal question answered by the next sentence. Undefined unless exactly n.
function markedDeliveries(all: { at: number; s: string }[], k: number, n: number): Delivery[] | undefined {
  const here = all[k];
  if (!here || n < 2) return undefined;
  const marked: Delivery[] = [];
  for (let i = k + 1; i < all.length && (all[i]?.at ?? 0) <= here.at + MAX_DELIVERY_PARAGRAPHS; i++) {
    const { at, s } = all[i] ?? { at: 0, s: "" };
    const answer = all[i + 1];
    if (ORDINAL_QUESTION.test(s) && answer) {
      // "And the third?" / "Export permits.": a short answer is the item's name as it stands.
      const named = wordCount(answer.s) <= MAX_LABEL_WORDS + 1 ? answer.s.replace(/[.!]+$/, "") : undefined;
      marked.push({ at: answer.at, s: answer.s, summary: all[i + 2]?.at === answer.at ? (all[i + 2]?.s ?? answer.s) : answer.s, ...(named ? { topic: named } : {}) });
      i++;
    } else if (DELIVERS.test(s) || X_FIRST.test(s) || IS_THE_NTH.test(s)) {
      marked.push({ at, s, summary: summaryAfter(s, all[i + 1]?.at === at ? all[i + 1]?.s : undefined) });
    }
  }
  return marked.length === n ? marked : undefined;
}

// "…will convene its board on Thursday with three proposals in front of directors, according to
// people familiar…" / "One is…" / "Another is…" / "The thorniest is…": a count inside a longer
// sentence, taken only when each of the next sentences plainly delivers one of the things counted.
function deliveredCount(all: { at: number; s: string }[], k: number, paragraphs: string[]): Found[] {
  const s = all[k]?.s ?? "";
  const m = DELIVERED_COUNT.exec(s);
  const n = COUNT_WORDS[(m?.[1] ?? "").toLowerCase()] ?? 0;
  if (!m || n < 2 || tellsThePast(s, m[1] ?? "")) return [];
  const following = announcedAfter(all, k, n, paragraphs);
  // "Close behind is next year's budget": a position turned round delivers too.
  const ranked = (sentence: string): string | undefined => {
    const subject = RANKED_PREDICATE.test(sentence) ? subjectOf(sentence) : undefined;
    return subject && !isAgentLike(subject) && !isPlace(subject) ? subject : undefined;
  };
  const topics = following.map((f) => ({ ...f, topic: DELIVERS.test(f.s) || RANKED_PREDICATE.test(f.s) ? topicOfOrdinal(f.s) ?? readCue(f.s)?.topics[0] ?? ranked(f.s) : frontedThing(f.s) }));
  return following.length === n && topics.every((t) => t.topic) ? topics.map((t) => ({ at: t.at, topic: t.topic ?? "", summary: t.summary })) : [];
}

// "Line D of the gas pipeline, which would carry Turkmen gas…, has been stalled": a sentence that
// opens on a thing and its relative clause names it.
function frontedThing(sentence: string): string | undefined {
  const thing = /^((?:the\s+)?[^,]{3,60}),\s+(?:which|whose|where)\b/iu.exec(sentence)?.[1];
  return thing !== undefined && !isAgentLike(thing) && !isPlace(thing) && !hasFiniteVerb(thing) ? thing : undefined;
}

// "Whether to close the ward at night is the most painful": a rank in the predicate delivers too.
const RANKED_PREDICATE = /^[^,;]{3,80}?\s(?:is|are|will be|looks|looms)\s+(?:(?:likely|set|sure|bound)\s+to\s+be\s+)?the\s+(?:most\s+\p{L}+|\p{L}{3,}est|first|second|third|last)\b/iu;
// "…runs to three items. First comes X. Then there is Y. Finally, Z."
const DELIVERS = new RegExp(String.raw`^(?:and\s+)?(?:one|another|close behind|next up|the\s+(?:first|second|third|fourth|fifth|other|last|final|\p{L}+est|most\s+\p{L}+|least\s+\p{L}+)|(?:finally|lastly)\b|(?:first|second|third|then|next|last|${FIRST_IDIOMS})\b(?=\s*,|\s+(?:comes?|came|there)\b))\b`, "iu");

// The n sentences that deliver an announced count: the next ones ("…three files. The first is…"),
// or, when the count closes its paragraph and the next holds fewer than n, the opening sentence of
// each of the next n paragraphs ("Four items will decide it:" / "The Qosh Tepa canal." / "Rogun." …).
function announcedAfter(all: { at: number; s: string }[], k: number, n: number, paragraphs: string[]): Delivery[] {
  const here = all[k];
  if (!here) return [];
  const restOfParagraph = all.filter((x, i) => i > k && x.at === here.at);
  const next = sentences(paragraphs[here.at + 1] ?? "");
  // Paragraph by paragraph when the count closes its paragraph and the next opens on a fragment
  // ("Another Eurobond buyback.") or holds too few sentences to be the list itself.
  const fragment = next[0] !== undefined && wordCount(next[0]) < 8 && !subjectOf(next[0]);
  // "Three pressures will decide it. / One is inflation itself. … / Another is the tenge. … / The last is…":
  // each of the next n paragraphs opens on its mark, however long it runs.
  const openings = paragraphs.slice(here.at + 1, here.at + 1 + n).map((p) => sentences(p)[0] ?? "");
  const marksEach = openings.length === n && openings.every((o) => DELIVERS.test(o));
  const byParagraph = restOfParagraph.length === 0 && (next.length < n || fragment || marksEach);
  // "…haggle over three things. The most expensive is flood insurance: … / Heat protection plans come
  // next. … / The third is water scarcity. …": the first item in the count's paragraph, each other one
  // opening a paragraph of its own.
  // "Line D of the gas pipeline, which would carry Turkmen gas…, has been stalled": a paragraph that
  // opens on a thing and its relative clause delivers it too.
  const mixed = restOfParagraph.length >= 1 && next[0] !== undefined && (DELIVERS.test(next[0]) || (wordCount(next[0]) < 8 && readCue(next[0]) !== undefined) || frontedThing(next[0]) !== undefined);
  const picked = byParagraph
    ? paragraphs.slice(here.at + 1, here.at + 1 + n).map((p, i) => ({ at: here.at + 1 + i, all: sentences(p) }))
    : mixed
      ? [{ at: here.at, all: restOfParagraph.map((x) => x.s) }, ...paragraphs.slice(here.at + 1, here.at + n).map((p, i) => ({ at: here.at + 1 + i, all: sentences(p) }))]
      : all.slice(k + 1, k + 1 + n).map((x) => ({ at: x.at, all: [x.s] }));
  return picked.flatMap(({ at, all: ss }) => {
    const [s, body] = ss;
    if (!s) return [];
    return [{ at, s, summary: summaryAfter(s, body) }];
  });
}

// "First, … Second, … Finally, …": a sequence of two or more ordinal sentences names its items.
function ordinalItems(paragraphs: string[]): Found[] {
  const all = paragraphs.flatMap((p, at) => sentences(p).map((s) => ({ at, s })));
  const ordinals = all.filter(({ s }) => ORDINAL_OPENER.test(s) && !/^the (?:next|last|final|other)\b/i.test(s));
  if (!ordinals.some(({ s }) => /^(?:and\s+)?(?:the\s+)?first\b/i.test(s)) || !ordinals.some(({ s }) => /^(?:and\s+)?(?:the\s+)?second\b/i.test(s))) return [];
  return ordinals.flatMap(({ at, s }) => {
    const topic = topicOfOrdinal(s);
    return topic ? [{ at, topic, summary: s }] : [];
  });
}

const APPOSITIVE_ASIDE = /,\s*(?:(?:a|an|the)\s+|\p{Ll}+ed\s|which\s|who\s)[^,]{1,100},\s*/u;
// A title or lede that announces the issues its paragraphs take in turn.
const ANNOUNCES = /\b(?:the (?:issues|questions|battles|fights|choices)|(?:key|big|main|biggest) (?:issues|questions|battles|fights|tests|choices)|things to (?:know|watch)|what to (?:watch|know|expect|look for)|what(?:['’]s| is) at stake|(?:two|three|four|five|six|seven) (?:things|issues|questions|battles|fights|tests|takeaways|areas|priorities|challenges|battlegrounds|sticking points|hurdles|obstacles|flashpoints|stumbling blocks|demands|fronts))\b/i;

const WEEKDAY = alt(WEEKDAYS);
const DAY_BRINGS = new RegExp(String.raw`^(?:(?:on|and)\s+)?(?:${WEEKDAY}|tomorrow|next week|the weekend|later in the week)\s+(?:brings|sees|has|offers)\s+([^,;]+?)\s*(?:[,;].*)?[.]?$`, "iu");
const DAY_TAIL = new RegExp(String.raw`\s+(?:on\s+)?(?:${WEEKDAY}|tomorrow|today|this week|next week)\s*[.!]?$|\s*\((?:${WEEKDAY})\)\s*[.!]?$`, "iu");
// "The central bank's rate decision on Tuesday.": a thing and its day, no verb.
function verblessThing(sentence: string): string | undefined {
  if (!DAY_TAIL.test(sentence) || wordCount(sentence) > MAX_TOPIC_SENTENCE_WORDS) return undefined;
  const thing = sentence.replace(DAY_TAIL, "").trim();
  const terms = termsOf(thing);
  return terms.length > 0 && !terms.some((_, k) => headsClause(terms, k)) && terms.some((t) => t.tags.includes("Noun")) ? thing : undefined;
}

// "And thirdly, pension reform.": an ordinal adverb is a connective too.
const FRAGMENT = /^(?:then|and then|and|next|finally|lastly|last|also|plus|(?:and\s+)?(?:first|second|third|fourth|fifth)(?:ly)?,)\s+((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+)\s*[.!]$/iu;
// "That leads to the second: the exchange-rate band.": a lead-in, an ordinal, a colon, then the thing
// (ORDINAL_COLON reads a sentence that opens on its ordinal).
const LED_ORDINAL_COLON = /^\S.{0,40}?\bthe\s+(?:second|third|fourth|fifth|next|last|final|other)(?:\s+one)?\s*:\s+((?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+)\s*[.!]?$/iu;

/** Topic sentences: a paragraph that opens on its subject in a few words, or names it first ("On haze, …"). */
export function topicSentences(paragraphs: string[], title = ""): Found[] {
  const lede = paragraphs.findIndex((p) => wordCount(p) >= 15);
  // "What to watch this week" as a heading of its own: the paragraphs after it are the run, however short.
  const heading = paragraphs.findIndex((p, i) => (lede < 0 || i < lede) && wordCount(p) <= MAX_HEADING_WORDS && ANNOUNCES.test(p));
  const firstBody = heading >= 0 ? heading : lede;
  const announced = ANNOUNCES.test(title) || ANNOUNCES.test(paragraphs.slice(0, firstBody + 1).join(" "));
  const found: Found[] = [];
  paragraphs.forEach((p, i) => {
    if (firstBody < 0 || i <= firstBody) return;
    const all = sentences(p);
    const first = all[0];
    if (!first) return;
    // "A third strand concerns fund governance": an indefinite ordinal presumes the items before it.
    const counted = /^(?:and\s+)?a\s+(?:second|third|fourth|fifth)\s/i.test(first) ? topicOfOrdinal(first) : undefined;
    if (counted && !isAgentLike(counted)) {
      found.push({ at: i, topic: counted, summary: all.length >= 2 && wordCount(first) < 10 ? all[1] ?? first : first });
      return;
    }
    const marker = TOPIC_MARKER.exec(first);
    if (marker?.[1] && !nlp(marker[1]).has("#Date") && !/\d|\bhand$/i.test(marker[1])) {
      found.push({ at: i, topic: marker[1], summary: first });
      return;
    }
    const colon = LED_ORDINAL_COLON.exec(first)?.[1];
    if (colon && !isAgentLike(colon)) {
      found.push({ at: i, topic: colon, summary: all[1] ?? first });
      return;
    }
    // "Rice prices come first." / "Then depopulation." / "And the merged constituency itself.": a
    // verbless fragment after a connective continues a run of items.
    const opening = FRAGMENT.exec(first)?.[1];
    const fragment = opening ? withoutReflexive(opening).replace(/\s+too$/i, "") : undefined;
    const fragmentTerms = fragment ? termsOf(fragment) : [];
    if (fragment && all.length >= 2 && !fragmentTerms.some((_, k) => headsClause(fragmentTerms, k)) && !isAgentLike(fragment)) {
      found.push({ at: i, topic: fragment, summary: all[1] ?? first });
      return;
    }
    // Under a headline or lede that announces its issues ("the issues that will decide the vote"), a
    // paragraph may open on its subject at length: "The July Charter, a package of reforms drawn up
    // by…, will be put to a referendum…".
    const opener = announced ? first.replace(CONNECTIVE, "").replace(APPOSITIVE_ASIDE, " ") : first.replace(CONNECTIVE, "");
    // "Expect sharp exchanges, too, over flood mitigation", "…will also have to sort out the shortage of wagons".
    // "…address zonal access — the right of each fleet to fish in the other's waters — which lapsed": the aside between dashes aside.
    // "…takes up founder ESOPs: whether promoters should keep…": what follows a colon explains the thing.
    const unaside = opener.replace(/\s[—–]\s[^—–]{1,120}\s[—–]\s/u, " ").replace(/:\s.*$/u, ".");
    // The clause after it goes before asking whether it names a date ("…access, which lapsed last year").
    const object = (all.length >= 2 && wordCount(unaside) <= MAX_OBJECT_OPENER_WORDS && !REPORTS.test(unaside) ? (CONTEST_OVER.exec(unaside) ?? DEALING.exec(unaside))?.[1] : undefined)?.replace(/\s+(?:when|as|before|after|because|while|which)\b.*$/i, "");
    if (object && !isAgentLike(object) && !nlp(object).has("#Date")) {
      found.push({ at: i, topic: object, summary: all[1] ?? first });
      return;
    }
    // A week-ahead roundup: "Wednesday brings the budget vote in parliament, where…", "The central
    // bank's rate decision on Tuesday." — what the day brings, or the thing itself without a verb.
    const day = announced ? DAY_BRINGS.exec(opener)?.[1] ?? verblessThing(opener) : undefined;
    if (day && !isAgentLike(day)) {
      found.push({ at: i, topic: day, summary: all.length >= 2 && wordCount(opener) < 10 ? all[1] ?? first : first });
      return;
    }
    // A question opens an explainer's paragraph; questionItems reads it with its answer.
    if (all.length < 2 || (!announced && wordCount(opener) > MAX_TOPIC_SENTENCE_WORDS) || /\d/.test(opener) || /^(?:whoever|whatever|whichever)\b/i.test(opener) || REPORTS.test(opener) || /^["“‘']/.test(opener) || /\?\**$/.test(opener)) return;
    // "Port fees at the two main fishing harbours are also due for revision": where the thing is is no part of it.
    const subject = subjectOf(opener)?.replace(/\s+(?:at|in|across|along|near|around|inside|outside)\s+(?:the|its|their|our|all)\s.*$/i, "");
    // "Inside Japan, the episode…": a sentence that opens on a phrase of place or time has no topic for a subject.
    // "France has had five prime ministers": a country or a city opening a paragraph is an actor.
    // "Nobody disputes that stunting…": a subject holding its own verb is a clause, not a topic.
    const subjectTerms = termsOf(subject ?? "");
    // "Papua New Guinea and Fiji will also bring…": parties, one by one.
    // "Whether the changes survive intact is unclear": a question for a subject is no topic.
    if (!subject || /^(?:whether|if)\b/i.test(subject) || wordCount(subject) > MAX_LABEL_WORDS + 1 || subject.split(/\s+and\s+/).some((part) => isAgentLike(part) || isPlace(part)) || subject.includes(",") || subjectTerms[0]?.tags.includes("Preposition") === true || (/\bthat\b/i.test(subject) && subjectTerms.some((_, k) => k > 0 && headsClause(subjectTerms, k)))) return;
    // "The biggest change was the end of pre-funding": a ranked subject frames; the topic follows the verb.
    const ranked = RANKED.test(subject);
    const rest = opener.slice(opener.indexOf(subject) + subject.length);
    if ((ranked && !COPULA_LEAD.test(rest)) || (!ranked && (isGeneric(subject) || isProcedure(subject)))) return;
    // "The general secretary's address is on Monday morning.": a sentence that only says when is a date, not a topic.
    const predicate = /^\s*(?:is|are|will be)\s+(.+?)[.!]?$/i.exec(rest)?.[1];
    if (predicate && saysOnlyWhen(predicate)) return;
    const topic = ranked ? rest.replace(COPULA_LEAD, "") : subject;
    found.push({ at: i, topic, summary: opener.length < 60 && all[1] ? all[1] : first });
  });
  return found;
}

// The verb that governs the count: the nearest before it ("had lined up a packed slate"), else the
// first after it ("Three factors drove the decision"). A plain past, with no auxiliary, tells history.
function tellsThePast(clause: string, count: string): boolean {
  const terms = termsOf(clause);
  const at = terms.findIndex((t) => t.normal === count.split(" ")[0]?.toLowerCase());
  const governs = (k: number): boolean => headsClause(terms, k) && !isReportingVerb(terms[k]?.text ?? "");
  const before = terms.slice(0, Math.max(at, 0)).findLastIndex((_, k) => governs(k));
  const k = before >= 0 ? before : terms.findIndex((_, i) => i > at && governs(i));
  return k >= 0 && verbGroup(terms, k).past;
}


const ORDINAL_WOULD = /^(?:and\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|last|final)\s+(?:one\s+)?(?:would|will|seeks? to|aims? to|proposes? to)\s+(.+)$/iu;
function topicOfOrdinal(s: string): string | undefined {
  const is = ORDINAL_IS.exec(s) ?? ORDINAL_ASIDE_IS.exec(s) ?? ORDINAL_APPOSITIVE.exec(s) ?? ONE_IS.exec(s) ?? ORDINAL_COLON.exec(s);
  // "The second part is expected to begin in March": what the part will do, not what it is.
  if (is?.[1] && /^(?:(?:expected|likely|set|due|going|about|scheduled|slated|supposed)\s+to|to\s)/i.test(is[1])) return undefined;
  if (is?.[1]) return is[1];
  const comes = COMES.exec(s);
  if (comes?.[1]) return FRAMED.exec(comes[1])?.[1] ?? comes[1];
  const adverb = ADVERB_FIRST.exec(s);
  // "First, grocery prices — the commission wants to know why…", "finally land covenants, the
  // restrictions that…": a dash or an appositive sets the item before what it says of it.
  const apposed = adverb?.[1] ? SET_APART.exec(adverb[1])?.[1] : undefined;
  if (apposed && !isAgentLike(apposed) && !hasFiniteVerb(apposed)) return apposed;
  if (adverb?.[1]) return topicOfSentence(adverb[1]);
  // "The first would ask the state to fund a stipend for junior advocates", "The second would cut
  // enrolment fees": what each resolution would do, its object.
  const would = ORDINAL_WOULD.exec(s)?.[1]?.replace(/^(?:ask|urge|call on|press|require)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,4}?to\s+/iu, "");
  if (would) return deedObject(would);
  return X_FIRST.exec(s)?.[1];
}

// A listed entry may be a sentence or a noun phrase with a tail ("A £3.25 billion equity injection
// from the creditor group, paid in two tranches."): a phrase without a verb before its first comma
// is the topic itself.
function topicOfEntry(entry: string, continuesLeadIn = false): string | undefined {
  // "2. The petroleum levy. The finance bill lifts…": a fragment before the first full stop names it.
  const first = sentences(entry)[0] ?? entry;
  // The comma of "S$1,250,000" is no clause's end.
  const np = first.replace(CONNECTIVE, "").split(/(?<!\d),|,(?!\d)|[;:(]/)[0]?.trim().replace(/[.]$/, "");
  // "a new mechanism to assess capacity, which…": an entry that opens in lower case on an article
  // is a noun phrase, whatever verbs its clauses hold; so is any entry in lower case under a lead-in
  // that ends on a colon ("…with particular reference to:" / "penalties and enforcement available
  // under the Telecommunications Act"), which carries on its sentence.
  if (np && (!subjectOf(np) || /^(?:a|an|the)\s/.test(np) || (continuesLeadIn && /^\p{Ll}/u.test(np)))) return isAgentLike(np) ? undefined : np;
  return topicOfSentence(entry);
}

// The sentence's subject when it is a thing; else its first noun phrase that is not an actor.
// A quotation is someone's words, not the brief's item.
function topicOfSentence(s: string): string | undefined {
  const text = s.replace(CONNECTIVE, "");
  if (/^["“‘]/.test(text)) return undefined;
  const subject = subjectOf(text);
  if (subject && !isAgentLike(subject) && wordCount(subject) <= MAX_LABEL_WORDS + 2) return subject;
  // "…must find a way to fill the vacant nursing posts": a word for how or when names nothing.
  return nounPhrases(text).find((np) => !isAgentLike(np) && !EMPTY_NOUN.test(np));
}
const EMPTY_NOUN = /^(?:(?:a|an|the|some|any)\s+)?(?:way|ways|means|need|time|times|step|steps|effort|efforts|decision|choice|lot|number|bit|kind|sort|chance)$/i;

// What the question asks about: "How much ore can the miners dig?" → "ore";
// "Why did the government act?" → none (an actor).
function topicOfQuestion(question: string): string | undefined {
  // "When will the details be final?", "When will we know the results?": a question of timing, not of
  // what is at stake; "Will there be a deal?" asks whether, not about what.
  // "Is there age verification for children?" asks about the thing named bare; "Is there a deal?" and "Will there be…?" ask whether.
  const there = /^(?:is|are)\s+there\s+(?!(?:a|an|any|no|enough|much|more|anything|something|hope|time|room)\b)([^?]{3,60})\?$/i.exec(question)?.[1];
  if (there) return there;
  if (/^when\b|^(?:will|is|are|could|would|can)\s+there\b/i.test(question)) return undefined;
  // "What happens to "killer questions"?": a term in quotation marks is named, not quoted.
  const q = question.replace(/["“”]([^"“”]{2,40})["“”]/gu, "$1");
  // "What is in store for mid-career workers?", "What about firms hit by tariffs?": the idiom asks about X.
  const about = /^(?:what|how)(?:['’]s|\s+is|\s+lies)?\s+(?:in store|ahead|next)\s+for\s+(.+?)\?$/i.exec(q) ?? /^(?:what|how)\s+about\s+(.+?)\?$/i.exec(q) ?? /^what\s+(?:happens|happened|has happened|will happen|is happening|becomes|became)\s+(?:to|with|of)\s+(.+?)\?$/i.exec(q)
    // "Who needs a data protection officer?", "Who qualifies for the rebate?": asked about the thing, whoever it names.
    ?? /^who\s+(?:needs|gets|qualifies for|is eligible for|is entitled to|pays for|must (?:appoint|have|hire|register|file|pay))\s+(.+?)\?$/i.exec(q)
    // "What does it do about deepfakes?", "What does the plan say about pensions?": what it is asked about.
    ?? /^what\s+(?:does|do|will|would|did)\s+(?:it|they|this|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:do|say|change|offer)\s+(?:about|on)\s+(.+?)\?$/iu.exec(q)
    // "Will platforms keep their safe harbour?": what the subject holds of its own is asked about, not the subject.
    ?? /^(?:will|would|can|could|do|does|should|must)\s+[^?]{2,60}?\s+(?:their|its)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\?$/iu.exec(q);
  // "…for the 10 gigawatts of new generation Georgia Power says it needs, mostly to serve…": up to its aside or its teller.
  if (about?.[1]) return about[1].split(/,\s/)[0]?.replace(/\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*|(?:the|its|their)\s+\p{L}+)\s+(?:says?|said|thinks?|claims?|argues?)\b.*$/u, "");
  // "Will housing spending survive?", "What do fuel imports have to do with it?", "How big would the
  // levy be?": a question asks about its subject when that is a thing; "Will the central bank raise
  // interest rates?" asks about what its actor will act on.
  const parts = questionParts(q);
  // "Will anything change for ordinary people?": an indefinite subject names nothing.
  if (parts?.subject && !isAgentLike(parts.subject) && !isPlace(parts.subject) && !INDEFINITE.test(parts.subject) && wordCount(parts.subject) <= MAX_LABEL_WORDS + 1) return parts.subject;
  // "Can the commission actually force anything?": an indefinite names nothing.
  if (parts?.yesNo && parts.object && !isAgentLike(parts.object) && /\p{L}{3}/u.test(parts.object) && !INDEFINITE.test(parts.object)) return parts.object;
  const nps = nounPhrases(q).filter((np) => !isAgentLike(np) && !INDEFINITE.test(np) && !/^(?:year|years|time|way|thing|things)$/i.test(np.replace(DETERMINER, "")));
  // "What do households get to cope with the cost of living?": a wh-question's topic is its object, named last.
  return nps.at(-1);
}

// "How are businesses being helped?": the passive's "being" is neither the verb nor the subject.
const BEING = /^(?:being|been)$/i;
const SENTENCE_ADVERB = /^(?:still|really|actually|even|ever|already|now|also|truly)$/i;
const INDEFINITE = /^(?:any|some|every|no)(?:thing|one|body|where)\b/i;
const AUXILIARY = /^(?:will|would|can|could|does|do|did|is|are|was|were|has|have|had|should|may|might|must|shall)$/i;

// Where a copula's complement begins: "Why is dairy the sticking point?", "Is investment part of the package?".
const COMPLEMENT_START = /^(?:part|key|central|likely|set|expected|due|still|also|first|last|next|so|too|top|most|more|such)$/i;
const startsComplement = (t: { text: string; tags: string[] } | undefined): boolean => t !== undefined && (t.tags.includes("Determiner") || COMPLEMENT_START.test(t.text));

// The subject between a question's auxiliary and its main verb, and the object after that verb.
function questionParts(q: string): { subject?: string; object?: string; yesNo: boolean } | undefined {
  const terms = termsOf(q.replace(/\?$/, ""));
  const aux = terms.findIndex((t, i) => i <= 2 && AUXILIARY.test(t.text));
  if (aux < 0) return undefined;
  // After a copula only a participle is the verb ("Is the plan expected to pass?"); "Why is the Seoul
  // mayoral race the one to watch?" has none, and "race" is a noun there.
  const copula = /^(?:is|are|was|were)$/i.test(terms[aux]?.text ?? "");
  // "Why is school rebuilding first in line?": a gerund before the copula's complement names the subject's deed.
  // "Will cloud seeding help?": after "will" or "does" a gerund is part of the subject, never the verb.
  const verb = terms.findIndex((t, i) => i > aux + 1 && t.tags.includes("Verb") && !AUXILIARY.test(t.text) && !BEING.test(t.text) && (copula ? t.tags.some((g) => g === "Gerund" || g === "PastTense" || g === "Participle") : !t.tags.includes("Gerund")) && !(copula && t.tags.includes("Gerund") && startsComplement(terms[i + 1])));
  // "Why is dairy the sticking point?", "Is investment part of the package?": without a verb, the
  // subject ends where the copula's complement begins.
  const complement = verb < 0 ? terms.findIndex((t, i) => i > aux + 1 && startsComplement(t)) : -1;
  // "Will road pricing work?": after an opening "will" the last word is the verb, whatever the tagger
  // calls it ("How much will the submarines cost?" asks about the cost); so after "How will" ("How will fee collection work?").
  const lastIsVerb = (aux === 0 || (aux === 1 && /^(?:how|why)$/i.test(terms[0]?.text ?? ""))) && verb < 0 && complement < 0 && !copula && terms.length > 3 && !terms.at(-1)?.tags.includes("Pronoun");
  const subjectEnd = verb >= 0 ? verb : complement >= 0 ? complement : lastIsVerb ? terms.length - 1 : terms.length;
  // "Do subject combinations still matter?": the tagger may miss an adverb before the verb.
  const subjectTerms = terms.slice(aux + 1, subjectEnd).filter((t) => !t.tags.includes("Adverb") && !SENTENCE_ADVERB.test(t.text) && !BEING.test(t.text));
  const subject = subjectTerms.map((t) => t.text).join(" ").replace(/[,;:]$/, "");
  const objectTerms = verb < 0 ? [] : terms.slice(verb + 1);
  // "get more help with bills": the object keeps one phrase of what it is about.
  const firstPrep = objectTerms.findIndex((t, i) => i > 0 && t.tags.includes("Preposition"));
  const end = objectTerms.findIndex((t, i) => i > Math.max(firstPrep, 0) && (t.tags.includes("Preposition") || t.tags.includes("Conjunction")));
  const object = objectTerms.slice(0, end < 0 ? undefined : end).map((t) => t.text).join(" ").replace(/^(?:to|up|out|on|off)\s+/i, "");
  const isNounPhrase = (ts: { tags: string[] }[]): boolean => ts.some((t) => t.tags.includes("Noun")) && !ts.some((t) => t.tags.includes("Pronoun"));
  return {
    yesNo: aux === 0,
    // "school rebuilding": a gerund heads a noun phrase too.
    ...(subjectTerms.length > 0 && (isNounPhrase(subjectTerms) || (subjectTerms.length >= 2 && subjectTerms.at(-1)?.tags.includes("Gerund") === true)) ? { subject } : {}),
    ...(objectTerms.length > 0 && isNounPhrase(objectTerms.slice(0, end < 0 ? undefined : end)) ? { object } : {}),
  };
}

function nounPhrases(s: string): string[] {
  return (nlp(s).nouns().out("array") as string[])
    .map((np) => np.replace(/[.,;:!?"“”]+$/u, "").replace(/^(?:much|many|more|under|about|over|with|for|of|in|on)\s+/i, "").trim())
    .filter((np) => /\p{L}{3}/u.test(np) && !nlp(np).has("#Pronoun") && !nlp(np).has("#Date") && !/\d/.test(np));
}

// The first sentence of a body that says something (a bare "Very." or "Far less." is not it).
function bodySentence(body: string): string | undefined {
  const all = sentences(body);
  return all.find((s) => wordCount(s) >= 8) ?? all[0];
}

/** For a listed topic: the sentence, other than the list's own, that shares most words with it; else the list's. */
export function sentenceAbout(topic: string, paragraphs: string[], listSentence: string): string {
  const words = topic.toLowerCase().split(/\s+/).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ""));
  // Another sentence must share most of the label's words; "container shipping" does not explain "Container service".
  let best = { sentence: listSentence, hits: Math.floor(words.length / 2) };
  for (const p of paragraphs) {
    for (const s of sentences(p)) {
      if (s === listSentence) continue;
      const lower = s.toLowerCase();
      const hits = words.filter((w) => lower.includes(w)).length;
      if (hits > best.hits) best = { sentence: s, hits };
    }
  }
  return best.sentence;
}
