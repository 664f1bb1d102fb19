// The few things a brief says are on the table, each a 1–4 word label and one sentence of at most
// ~30 words. Three kinds of evidence, merged in the order the brief raises them:
//   cue phrases — "At the top of the agenda is likely to be security", "Wages are the first demand",
//                 "…to discuss anchorage capacity, pilotage and bunkering rules" (agenda-cues.ts);
//   typography  — items a wire story sets in bold;
//   structure   — lists, headings, questions, counts and ordinals, and a run of paragraphs that
//                 each open on their topic (agenda-structure.ts);
//   actors      — what each side presses for, in a piece about a sitting (agenda-demands.ts).
// A paragraph without any of these gives nothing: none is better than a wrong one.
import nlp from "compromise";
import type { AgendaItem } from "../domain/types.ts";
import { discussedList, listedSubject, readCue, RELATIVE_TAIL, SITTING, watchedTopics, type CueShape } from "./agenda-cues.ts";
import { demandItems, demandOf, MAX_LEAD_WORDS } from "./agenda-demands.ts";
import { labelOf, MAX_LABEL_WORDS, withoutSlot } from "./agenda-label.ts";
import { withoutDateline } from "./dateline.ts";
import { escapeRegExp } from "../briefs/normalise.ts";
import { gazetteer, placeKey } from "./gazetteer.ts";
import { sentenceAbout, structuralItems, topicSentences, type Found } from "./agenda-structure.ts";
import { namesPerson } from "./phrases.ts";
import { termsOf } from "./pos.ts";
import { addressesReader, capitalise, isFormField, isProcedure, saysOffTable, withoutMinuteNumber, clipSentence, LIST_MARK, namedTwice, saysOnlyWhen, sentences, withoutListMark, wordCount } from "./text.ts";

export { labelOf } from "./agenda-label.ts";

export interface AgendaInput {
  paragraphs: string[];
  html?: string;
  /** The headline: it may announce that the piece takes its issues in turn. */
  title?: string;
}

const MAX_ITEMS = 5;
// "11:05 — " in a live blog, "• 00:19:45 — " in a podcast's chapter list: when, not what.
// "• 03:10 Rare earth licences: …", "• 33:50 WTO challenge: …": a chapter's time may stand without its
// dash before a word; "18:40 CST" alone is a live blog's time and zone.
const TIMESTAMP = new RegExp(String.raw`^(\s*(?:${LIST_MARK}\s+)?)\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[aApP]\.?[mM]\.?)?(?:\s*(?:[A-Z]{2,4}\s*)?[—–-]\s*|\s(?=\p{Lu}\p{Ll}|\p{Lu}{2,}\s+\p{L}))`, "u");
// A cue sentence this long already says what is at stake; a shorter one only names the topic.
const SELF_EXPLAINING_WORDS = 14;

/** 0–5 agenda items, in the order the brief raises them. */
export function findAgenda({ paragraphs: raw, html, title }: AgendaInput): AgendaItem[] {
  // A live blog's "11:05 — " opens an update, a podcast's "• 00:19:45 — " a chapter; their own words open the paragraph.
  const paragraphs = withoutDateline(raw).map((p) => p.replace(TIMESTAMP, "$1"));
  // A piece about a sitting (talks, a session, a summit) is where listed subjects and sides' demands are items.
  const sitting = SITTING.test(paragraphs.slice(0, 2).join(" "));
  // A paragraph that says its thing is off the table names no item, however it is set.
  const onTable = (f: Found): boolean => !saysOffTable(paragraphs[f.at] ?? "", f.topic);
  const openers = cuedItems(paragraphs, html, sitting).filter(onTable);
  const structural = structuralItems(paragraphs).filter(onTable);
  // Where a paragraph's count or list is structure's to read, its later sentences are too.
  const cued = [...openers, ...secondFrames(paragraphs, openers).filter((f) => onTable(f) && !structural.some((s) => s.at === f.at))];
  const claimed = new Set([...cued, ...structural].map((f) => f.at));
  const topics = topicSentences(paragraphs, title).filter(onTable);
  // A heading or an explainer's question stands alone and the next paragraph is its body: no side's demand.
  const bodies = new Set(structural.filter((f) => /\?\**$|^[^.!]{1,80}$/.test(withoutListMark(paragraphs[f.at]?.trim() ?? ""))).map((f) => f.at + 1));
  // One side's demand is news; two sides' demands are the table.
  // A paragraph that opens on its topic inside a run of them is that topic's, not the want of a side
  // it goes on to quote ("Fifth-freedom rights are likely to prove the harder sell. Seoul wants its
  // budget airlines to…").
  const opened = topics.filter((f) => !claimed.has(f.at) && !bodies.has(f.at));
  const topicOpens = new Set(opened.length >= 2 ? opened.map((f) => f.at) : []);
  const wants = sitting ? demandItems(paragraphs).filter((f) => !claimed.has(f.at) && !bodies.has(f.at) && !topicOpens.has(f.at)) : [];
  // Inside a run of items ("Top of the list is… Close behind are… The police want…"), one side's
  // want is one more, unless it restates one ("access for American corn" after "farm access").
  const inRun = (f: Found): boolean => {
    const near = new Set([...claimed, ...topics.map((t) => t.at)]);
    const named = new Set([...cued, ...structural, ...topics].flatMap((t) => contentWords(labelOf(t.topic) ?? "")));
    return near.has(f.at - 1) && (near.has(f.at - 2) || near.has(f.at + 1)) && !contentWords(labelOf(f.topic) ?? "").some((w) => named.has(w));
  };
  // A piece that lists three items itself ("Talks will cover tariffs, power lines and exports to
  // Bangladesh") has named its table; what each side wants beside them is colour.
  const listed = new Set([...cued, ...structural].map((f) => labelOf(f.topic))).size;
  const demands = listed >= 3 ? [] : wants.length >= 2 ? wants : wants.filter(inRun);
  for (const d of demands) claimed.add(d.at);
  // A topic sentence is an item only in a piece built of them: with another item beside it.
  // Not a heading's body, which says more of the heading's item ("Safe staffing" / "Pay and staffing
  // cannot be separated…"), nor a page's own word to its reader ("Editorials represent… Sign up for our newsletter").
  const unquoted = (p: string): string => p.replace(/["“][^"”]*["”]/g, "");
  const run = topics.filter((f) => !claimed.has(f.at) && !bodies.has(f.at) && !addressesReader(unquoted(paragraphs[f.at] ?? "")));
  const found = [...cued, ...structural, ...demands, ...(run.length >= 2 || (run.length === 1 && claimed.size >= 1) ? run : [])];
  return merge(found.sort((a, b) => a.at - b.at));
}

// One item per topic: "Grid" and "Power grid" are the same item, named where the brief first raises it.
function merge(found: Found[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  const keys: Set<string>[] = [];
  const sharing = new Map<string, number>();
  for (const f of found) sharing.set(f.summary, (sharing.get(f.summary) ?? 0) + 1);
  for (const f of found) {
    const label = labelOf(f.topic);
    if (!label || items.length >= MAX_ITEMS) continue;
    const words = new Set(labelWords(label));
    if (keys.some((k) => [...words].every((w) => k.has(w)) || [...k].every((w) => words.has(w)))) continue;
    keys.push(words);
    items.push({ label, summary: capitalise(clipSentence(withoutHead(withoutListMark(summaryOf(f, sharing.get(f.summary) ?? 1).replace(/\*\*/g, "")), label))) });
  }
  return items;
}

// "Semiconductors: Seoul wants written assurances…": the digest sets the label before the summary, so a
// list entry's own head, said again, goes. A head that is all the entry says stays, and so does one
// the label had to shorten ("Transition away from fossil fuels"), which says more than the label.
function withoutHead(summary: string, label: string): string {
  const head = /^\s*([^:—–]{1,80}?)\s*(?::|\s[—–-])\s+(?=\S)/u.exec(summary);
  if (!head?.[1] || wordCount(summary.slice(head[0].length)) < 3) return summary;
  const said = new Set(labelWords(label));
  return labelWords(head[1]).every((w) => said.has(w) || /^(?:the|a|an)$/.test(w)) ? summary.slice(head[0].length) : summary;
}

// A sentence that lists several items, too long to show whole, says each one in its own words:
// "…three proposals: moving the Common Test to computer-based testing by the early 2030s, splitting…".
const LONG_SENTENCE_WORDS = 34;
const MIN_OWN_WORDS = 4;
function summaryOf(f: Found, sharing: number): string {
  // The item without its clause of purpose or relative clause ("…into two sittings so students who fall ill can retake it").
  const own = f.topic.replace(/\*\*/g, "").trim().replace(RELATIVE_TAIL, "").replace(/\s+so\s+.*$/i, "");
  // "Ratification of that treaty" needs the sentence that names the treaty.
  const refersBack = /\b(?:that|this|these|those|it|its|their|them)\b/i.test(own);
  // "…the evidence of guilt is strong and": an item cut before its clause ends is no sentence to show.
  const unfinished = /\b(?:and|or|but|nor|of|to|for|with|the|a|an|that|is|are)$/i.test(own.replace(/[.;:,]+$/, ""));
  if (sharing < 2 || wordCount(f.summary) <= LONG_SENTENCE_WORDS || wordCount(own) < MIN_OWN_WORDS || refersBack || unfinished || !f.summary.includes(own)) return f.summary;
  return `${capitalise(own).replace(/[.;:,]+$/, "")}.`;
}

// A label's words, singular and without possessives: "Tuition fees" → tuition, fee.
const labelWords = (label: string): string[] => label.toLowerCase().split(/\s+/).map((w) => w.replace(/(?:’s|'s|s)$/, ""));
// The ones that say what it is about: not the short words, not the prepositions.
const contentWords = (label: string): string[] => labelWords(label).filter((w) => w.length >= 4 && !/^(?:with|from|over|about|into|between|against)$/.test(w));

// "At the top of the agenda is fuel subsidies. Another key issue is rice.": a second frame in a
// paragraph that opened on a cue names a second item, when it names another thing.
function secondFrames(paragraphs: string[], cued: Found[]): Found[] {
  return [...new Set(cued.map((f) => f.at))].flatMap((at) => {
    const named = new Set(cued.filter((f) => f.at === at).map((f) => labelOf(f.topic)));
    return sentences(paragraphs[at] ?? "").slice(1).flatMap((s) => {
      const cue = readCue(s);
      return cue?.shape === "frame" ? cue.topics.filter((t) => !named.has(labelOf(t))).map((topic) => ({ at, topic, summary: s })) : [];
    });
  });
}

// Items named by a cue phrase or set in bold, paragraph by paragraph.
function cuedItems(paragraphs: string[], html: string | undefined, sitting: boolean): Found[] {
  const bold = boldItems(html, paragraphs);
  const found: Found[] = [];
  paragraphs.forEach((paragraph, at) => {
    const sents = sentences(paragraph);
    const first = sents[0];
    if (!first) return;
    const strong = bold.get(at);
    if (strong) {
      // A bold lead-in may be a whole cue sentence ("**Autos come first.**"): its topic, not its words.
      for (const phrase of strong) found.push({ at, topic: readCue(phrase)?.topics[0] ?? phrase, summary: strong.length > 1 || !first.includes(phrase) ? sentenceWith(phrase, sents) : pickSummary(sents, "topic") });
      return;
    }
    const listed = sitting ? (listedSubject(first) ?? watchedTopics(first)) : undefined;
    const opening = readCue(first);
    // "The union has tabled a long list. At its core is a rise in basic pay…": a short lead may stand before the cue.
    const second = sents[1];
    const led = !opening && !listed && second && wordCount(first) <= MAX_LEAD_WORDS ? readCue(second) : undefined;
    // Only a frame or a list after it: "Management's position is narrower. Executives say…" names no item by its subject.
    const ledIn = led && led.shape !== "topic" ? led : undefined;
    const cue = opening ?? (listed ? { shape: "list" as const, topics: listed } : undefined) ?? ledIn;
    if (cue) {
      for (const topic of cue.topics) {
        const label = labelOf(topic);
        found.push({ at, topic, summary: cue.shape === "list" && label ? listedSummary(label, paragraphs.slice(at), sents) : pickSummary(sents, cue.shape, !led) });
      }
      // "At its core is a rise in basic pay… It also wants the retirement age pushed back… And it is
      // asking for a 4.5-day week": the same list, carried on by what its side also wants.
      // Only after an opening that announces a list: elsewhere a side's further want says more of the same item.
      for (const s of LIST_ANNOUNCED.test(first) ? sents.slice(led ? 2 : 1) : []) {
        const more = ADDS.test(s) ? demandOf(s) : undefined;
        if (more) found.push({ at, topic: more, summary: s });
      }
      return;
    }
    // Later in a paragraph only a list counts: "…, a ministry official told reporters. Volatility in
    // exchange rates, chip supply chains and the currency swap are expected to dominate the discussions."
    for (const s of sents.slice(1)) {
      const later = readCue(s);
      for (const topic of discussedList(s) ?? (later?.shape === "list" ? later.topics : undefined) ?? listedSubject(s, true) ?? []) {
        const label = labelOf(topic);
        found.push({ at, topic, summary: label ? sentenceAbout(label, paragraphs.slice(at + 1), s) : s });
      }
    }
  });
  return found;
}

/**
 * Bold items, by paragraph: the bold phrase that opens a paragraph (`<strong>Tariffs</strong> come
 * first`); and when a brief bolds two or more short phrases, each of them (`record **defence spending**`).
 */
function boldItems(html: string | undefined, paragraphs: string[]): Map<number, string[]> {
  const phrases = [...(html ?? "").matchAll(/<(strong|b)\b[^>]*>([^<]{2,80})<\/\1>/gi)].map((m) => decode(m[2] ?? ""));
  for (const p of paragraphs) for (const m of p.matchAll(/\*\*([^*]{2,80})\*\*/g)) if (m[1]) phrases.push(m[1]);
  // "**SunStar:**" opening turn after turn of an interview is who speaks, not what is at stake.
  const speakers = namedTwice(phrases.filter((t) => /:\s*$/.test(t)).map((t) => t.replace(/:\s*$/, "").trim()));
  const distinct = [...new Set(phrases.map((t) => withoutSlot(t.replace(/[:.,–—-]\s*$/u, "").trim())))].filter((t) => !speakers.has(t) && isTopicLike(withoutMinuteNumber(t)));
  const found = new Map<number, string[]>();
  // Two to six bold phrases mark items; more is a live blog's or a listicle's typography.
  const many = distinct.length >= 2 && distinct.length <= MAX_BOLD;
  // A bold phrase belongs to the paragraph where it is bold, not the first that happens to hold its
  // words ("a fourth year of deficit" in the lede, "the **deficit** itself" below it).
  const blocks = (html ?? "").split(/<\/(?:p|li|h[1-6]|blockquote)>/i);
  const whereBold = (phrase: string): number => {
    const block = blocks.find((b) => new RegExp(`<(strong|b)\\b[^>]*>\\s*${escapeRegExp(phrase)}`, "i").test(decode(b)));
    const start = block ? decode(block.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim().slice(0, 40) : undefined;
    return start ? paragraphs.findIndex((p) => p.replace(/\*\*/g, "").startsWith(start)) : -1;
  };
  for (const phrase of distinct) {
    const bold = whereBold(phrase);
    const i = bold >= 0 ? bold : paragraphs.findIndex((p) => p.replace(/\*\*/g, "").includes(phrase));
    const text = (paragraphs[i] ?? "").replace(/\*\*/g, "");
    const opens = i >= 0 && text.startsWith(phrase) && text.length > phrase.length + 20;
    // "**Forwarded this email?** Subscribe here.": a phrase whose next words ask the reader to act is the page's.
    const callToAct = addressesReader(sentences(text.slice(text.indexOf(phrase) + phrase.length).replace(/^[\s?.!:]+/, ""))[0] ?? "");
    if (i >= 0 && (opens || many) && !callToAct) found.set(i, [...(found.get(i) ?? []), nounPhraseOf(withoutMinuteNumber(phrase), text)]);
  }
  return found;
}

const MAX_BOLD = 6;

// "<b>Semiconductor</b> exports jumped": the bold word modifies the noun after it; the item is the whole noun phrase.
function nounPhraseOf(phrase: string, paragraph: string): string {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const nps = (nlp(paragraph).nouns().out("array") as string[]).map((n) => n.replace(/[.,;:!?]+$/, "").replace(/^(?:the|a|an)\s+/i, ""));
  // compromise either folds the bold word into the noun phrase ("Semiconductor exports") or
  // reads it as an adjective and starts the phrase after it ("bulk" + "cargo").
  const np =
    nps.find((n) => new RegExp(`^${escaped}\\s+\\p{Ll}`, "u").test(n)) ??
    nps.filter((n) => /^\p{Ll}/u.test(n) && paragraph.includes(`${phrase} ${n}`)).map((n) => `${phrase} ${n}`)[0];
  return np && wordCount(np) <= MAX_LABEL_WORDS ? np : phrase;
}

// A topic, not a person, a clock time or site furniture.
function isTopicLike(phrase: string): boolean {
  // A quotation set in bold is someone's words, not an item.
  if (phrase === "" || wordCount(phrase) > MAX_LABEL_WORDS + 3 || /^[\d"“‘'«]/.test(phrase)) return false;
  if (/^(read more|related|update|editor|note|photo|watch|source|advert|by\b|live\b)/i.test(phrase)) return false;
  // "About Daeyang Chemical": a press release's closing word on the company.
  const doc = nlp(phrase);
  const terms = doc.terms().json() as { text: string; terms: { tags: string[] }[] }[];
  if (/^about\s+\p{Lu}/iu.test(phrase) || addressesReader(phrase) || isAdvice(terms)) return false;
  // The fields of a notice or a press release ("Location:", "Event:", "Actions to Take:") and a
  // bold dateline ("Calcutta:") are typography, not items.
  if (isFormField(phrase) || isProcedure(phrase) || isPlaceName(phrase)) return false;
  // "Senate Environment and Communications References Committee": a body set in bold is who, not what.
  // "Friday 31 October 2025": a date set in bold says when.
  return !namesPerson(termsOf(phrase)) && !BODY_NAME.test(phrase) && !saysOnlyWhen(phrase);
}

// "Label the dishes", "Think low": a tip tells the reader what to do. A verb-looking noun before a
// noun or a preposition ("Export curbs", "Ban on exports") is still a topic.
function isAdvice([verb, next]: { text: string; terms: { tags: string[] }[] }[]): boolean {
  const tags = (t: typeof verb): string[] => t?.terms[0]?.tags ?? [];
  // The tagger may call "it" in "Keep it simple" a verb.
  const object = /^(?:it|them|you|your|yourself|everything)$/i.test(next?.text ?? "") || ["Determiner", "Possessive", "Pronoun", "Adjective", "Adverb"].some((t) => tags(next).includes(t));
  return tags(verb).includes("Imperative") && object;
}

const BODY_NAME = /^(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:and|of|for|on|the)\s+)*){1,8}(?:Committee|Commission|Council|Ministry|Department|Agency|Authority|Office|Bureau|Board|Tribunal|Court|Assembly|Parliament|Senate|Association|Federation|Institute|Secretariat)$/u;

const isPlaceName = (phrase: string): boolean => {
  const place = gazetteer().lookup(placeKey(phrase));
  return place !== undefined && place.code !== "" && place.kind !== "country" && place.kind !== "person";
};

const decode = (s: string): string =>
  s.replace(/&amp;/g, "&").replace(/&#39;|&apos;|&rsquo;/g, "’").replace(/&quot;/g, '"').replace(/&nbsp;/g, " ").trim();

const ADDS = /^(?:and|plus)\s|\b(?:also|too)\b/i;
const LIST_ANNOUNCED = /\b(?:list|demands|asks|wish ?list|slate|shopping list|charter of demands)\b/i;

function pickSummary(sents: string[], shape: CueShape, opening = true): string {
  const [cue, next] = sents;
  // The next sentence says more of the item, unless it names another ("Another key issue is rice.").
  if (cue && (wordCount(cue) >= SELF_EXPLAINING_WORDS || !next || (opening && readCue(next)?.shape === "frame")) && shape !== "list") return cue;
  return next ?? cue ?? "";
}

// "Semiconductors and trade are also expected to feature. Taiwan is still negotiating a tariff…": a short
// sentence that only lists its items says nothing of them; the sentence after it does, when no other
// sentence of the piece speaks of the item by name.
function listedSummary(label: string, paragraphs: string[], sents: string[]): string {
  const [list = "", next] = sents;
  const about = sentenceAbout(label, paragraphs, list);
  if (about !== list || wordCount(list) >= SELF_EXPLAINING_WORDS || !next || readCue(next)) return about;
  return next;
}

const sentenceWith = (phrase: string, sents: string[]): string => sents.find((s) => s.replace(/\*\*/g, "").includes(phrase)) ?? sents[0] ?? "";

