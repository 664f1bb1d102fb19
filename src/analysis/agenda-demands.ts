// What each side brings to the table, when a piece sets out the agenda through its actors rather
// than naming it: "New Delhi will press for removal of the penalty tariff", "Washington, for its
// part, wants wider access for farm goods", "The opposition is demanding a settlement of farm debt",
// "The treasury benches will have to defend the power subsidy".
// A demand is an item only in a piece about a sitting (talks, a session, a summit, a debate) and
// only beside another: one side wanting something is news; two sides' wants are the table.
import { isGeneric, isPlace, withoutAttribution } from "./agenda-cues.ts";
import { WEEKDAYS } from "./dates.ts";
import { gazetteer, placeKey } from "./gazetteer.ts";
import { REPORTED } from "./reporting.ts";
import { articledPair, hasFiniteVerb, isAgentLike, splitList, subjectOf, withoutAsides } from "./phrases.ts";
import { beforeParticiple, MAX_LABEL_WORDS } from "./agenda-label.ts";
import type { Found } from "./agenda-structure.ts";
import { sentences, wordCount } from "./text.ts";
import { termsOf } from "./pos.ts";

const MODALS = String.raw`(?:(?:will|would|shall|is|are|was|were|being|also|still|again|further|likely|expected|set|due|poised|scheduled|going|has|have|to|be|for|its|their|part)\s+){0,5}`;
// "insist instead on", "press hard for": an adverb may sit between the verb and its preposition.
// "push once more for": so may a phrase of repetition.
const ADVERB = String.raw`(?:(?:instead|also|again|firmly|hard|hardest|still|once more|once again|yet again|anew|\p{L}+ly)\s+)?`;
// "Both camps are set to clash over platform workers": what sides will fight over is on the table.
const CONTEST = String.raw`(?:clash(?:es|ing)?|spar(?:s|ring)?|wrangl(?:e|es|ing)|haggl(?:e|es|ing)|tussl(?:e|es|ing)|lock(?:s|ing)?\s+horns|(?:be|are|is|remain)\s+(?:at odds|divided|split|at loggerheads|far apart)|disagree?(?:s|ing)?|differ(?:s|ing)?)\s+(?:over|on)`;
// What a sitting's own members will do with a thing: "Directors are set to weigh extraordinary
// dividends", "The board is also due to give final approval to the strategic plan". Only what is yet
// to come: the modal before it is required.
const DELIBERATES = String.raw`(?<=\b(?:will|would|to|shall)\s+(?:(?:also|then|first|formally)\s+)?)(?:weigh|consider|approve|examine|review|revisit|debate|discuss|vote on|decide on|rule on|sign off on|take up|address|tackle|look at|touch on|talk about|(?:exchange|compare|swap|trade)\s+(?:views|notes)\s+on|give\s+(?:its\s+|their\s+)?(?:final\s+|formal\s+)?(?:approval|blessing|backing|green light)\s+to)`;
// "Governors are being asked to back a capital increase", "Shareholders will also be pressed on the
// fund": what a sitting's members are put to is on its table.
const PRESSED_ON = String.raw`(?:pressed|quizzed|questioned|grilled|lobbied)\s+(?:on|over|about)`;
const ASKED = String.raw`(?<=\b(?:be|being|are|is)\s+)(?:(?:asked|invited|urged)\s+to\s+(?:back|approve|endorse|ratify|support|consider|sign off on)|${PRESSED_ON})`;
const DEMAND = new RegExp(
  String.raw`^${MODALS}(?:(?:press(?:es|ing)?|push(?:es|ing)?)\s+${ADVERB}(?:for|on)|${CONTEST}|(?:fight(?:s|ing)?|push(?:es|ing)?|mov(?:e|es|ing)|work(?:s|ing)?)\s+to\s+(?:keep|restore|protect|save|cut|raise|scrap|block|win|secure|reverse)|push(?:es|ing)?(?=\s+to\s+\p{Ll}+\s+(?:the|a|an|its|their)\s)|press(?:es|ing)?\s+(?:\p{Lu}[\p{L}-]+|them|its\s+\p{L}+)\s+(?:over|on|about|for)|(?:press(?:es|ing)?|push(?:es|ing)?)\s+(?:\p{Lu}[\p{L}-]+|them|(?:its|their|the)\s+\p{L}+|\p{Ll}+(?:ers|ors|ists|ees|ies|ment))(?=\s+to\s+\p{L})|(?:has|have|had)\s+(?:its|their|his|her)\s+eyes?\s+on|(?:is|are)\s+eyeing|set(?:s|ting)?\s+(?:its|their)\s+sights\s+on|hold(?:s|ing)? out for|demand(?:s|ing)?|wants?|hop(?:e|es|ing)(?=\s+to\s+(?:conclude|agree|sign|secure|win|reach|launch|seal|finali[sz]e|strike|settle|set up|resume|restore|revive|reopen|extend|renew|expand)\b)|seek(?:s|ing)?|call(?:s|ing)?\s+for|insist(?:s|ing)?\s+${ADVERB}on|defend(?:s|ing)?|rais(?:e|es|ing)|propos(?:e|es|ing)|oppos(?:e|es|ing)|object(?:s|ing)?\s+to|resist(?:s|ing)?|ask(?:s|ing)?\s+for|ask(?:s|ing)?(?=\s+that\s)|(?:has|have)\s+asked\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:minister|ministry|secretary|department|government|regulator|board|committee|court)\s+for|look(?:s|ing)?\s+for|lobby(?:ing)?\s+for|lobbies\s+for|urg(?:e|es|ing)|bring(?:s|ing)?\s+up|put(?:s|ting)?\s+forward|(?:is|are)\s+(?:also\s+)?determined\s+to\s+(?:end|stop|secure|win|keep|get|see)|${DELIBERATES}|${ASKED})\s+(.+)$`,
  "iu",
);
// "wants to put the arrangement on a firmer footing": the verb after "to" is what they will do; its object is the item.
// "to lock in delivery dates": a particle belongs to the verb.
const TO_VERB = /^to\s+[\p{L}-]+\s+(?:(?:up|out|on|back|through|forward|in|down|off|away)\s+)?/iu;
// "want Iran to restore full inspections", "want Tehran to commit to resuming talks": what the other side is to do.
// "want the United States to keep paying for the flood control": what is to go on is the item.
// "wants its neighbours to agree a timetable for the single visa": whose partners they are says nothing either,
// nor does "the plant's management" in "wants the plant's management to restore the night-shift premium".
const SOMEONE_TO = /^(?:\p{Ll}+(?:ers|ors|ists|ees)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?|them|him|her|it|us|you|(?:its|their|his|her|our)\s+\p{L}+|the\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}|the\s+(?:\p{L}+['’]s\s+)?\p{L}+)\s+to\s+[\p{L}-]+\s+(?:(?:to|on|in|up|out|back)\s+)?(?:\p{L}+ing\s+(?:for|on|with|to)\s+)?(?:(?:\p{L}+ly\s+)?(?:about|over|through)\s+)?/u;
// "wants Japanese companies such as Tokyo Electron to wind down…": whoever is to act, however they are
// named, when they are people or a body; "is seeking a deal to lock in labour costs" wants the deal.
const DOER_TO = /^((?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?:,?\s+(?:such as|including|like)\s+[^,]{1,80}?,?)?\s+to\s+(?=[\p{L}-]+\s)/u;
// "to cut", not "to sites": the word after "to" is a verb.
function isInfinitive(deed: string): boolean {
  const verb = termsOf(`to ${deed}`)[1];
  return verb !== undefined && verb.tags.includes("Verb") && !verb.tags.includes("Noun");
}
// "a debate on the drug menace", "assurances about the subsidy": the frame, then what it is about.
const FRAME = /^(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?(?:debate|discussion|vote|talks|action|progress|deal|agreements?|accord|arrangement|assurances?|guarantees?|clarity|movement|answers?|commitments?|concessions?|account|explanation|update|timeline|briefing)\s+(?:on|about|over|for|from|of)\s+/iu;
// "want to hear where the company stands on the recapitalisation plan": what a question to a witness is on.
const TO_HEAR = /^to\s+(?:hear|know|learn|understand|find out|see)\s+(?:where|how|what|whether|why|when)\s+[^,;]{1,60}?\s(?:on|about|over|with)\s+/iu;
// "Delegates said the group would…", "Officials expect the board to…": a short teller before the side.
const TELLER = new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:${REPORTED}|expects?|expected)\s+(?:that\s+)?(?=\p{L})`, "u");

// Where the object ends: an aside, a reason, a second clause, a relative clause ("a pact that would let…");
// not a thousands separator ("a basic wage of 17,500 rand").
// "keep the flood control allocation largely intact": the state it is to be kept in is no part of it.
const OBJECT_END = /\s*(?:,(?!\d{3})|[;:(—–]|\s-\s|\sand\s+(?:has|have|had|is|are|was|were|will|would|says?|said)\b|\s(?:(?:largely|fully|entirely|mostly|broadly)\s+)?(?:intact|unchanged|alive|afloat|in place)\b|\b(?:arguing|saying|which|that|who|while|because|as|after|before|a promise|amid|despite|since|so that|in return|if|when)\b).*$/iu;
// "to release the third loan tranche early": how soon is no part of what.
const WHEN_DONE = /\s+(?:early|quickly|soon|now|again|first|immediately|promptly|in full|fully|faster|sooner)$/i;
const MAX_OBJECT_WORDS = 14;
const MAX_ACTOR_WORDS = 6;
const MAX_ACTOR_PHRASE_WORDS = 6;
/** "The two sides are far apart on money. Ottawa wants…": a lead this short may stand before what a paragraph says. */
export const MAX_LEAD_WORDS = 10;

/** Paragraphs that open on a side and what it wants; agenda.ts asks only of a piece about a sitting, and keeps them when two sides want. */
export function demandItems(paragraphs: string[]): Found[] {
  return paragraphs.flatMap((p, at) => {
    // "The two sides are far apart on money. Ottawa wants…": a short lead may stand before the side.
    const [first, second, ...others] = sentences(p);
    // "Indonesia is expected to raise X, while Vietnam wants Y": two sides may share one sentence.
    const wanted = (s: string | undefined): { side: string; topics: string[] }[] =>
      (s ?? "").split(/,\s+(?:while|whereas)\s+|;\s+/).flatMap((clause) => {
        const want = clause ? wantedBySide(clause) : undefined;
        return want ? [{ side: want.side, topics: listedDemands(want.want) ?? demandsIn(want.want, want.contested) }] : [];
      });
    const own = wanted(first).filter((w) => w.topics.length > 0);
    if (own.length > 0) {
      // "The FNV union is demanding a 9% rise. The CNV union wants early retirement. The operator is
      // seeking a four-year deal.": a paragraph that opens on one side's want may set out the others';
      // the same side saying more ("Tehran will press for a larger swap. Iran wants the volume raised…") adds nothing.
      const sides = new Set(own.map((w) => sideKey(w.side)));
      const more = [second, ...others].flatMap((s) => wanted(s).filter((w) => !sides.has(sideKey(w.side)) && sides.add(sideKey(w.side))).map((w) => ({ s: s ?? "", w })));
      return [...own.map((w) => ({ s: first ?? "", w })), ...more].flatMap(({ s, w }) => w.topics.map((topic) => ({ at, topic, summary: s })));
    }
    // "Deputies want the money ring-fenced. They are pushing to write the pipe replacement programme into…": the same side, said plainly.
    const lead = first && (wordCount(first) <= MAX_LEAD_WORDS || /^(?:they|it)\s/i.test(second ?? "")) ? second : first;
    return wanted(lead).flatMap((w) => w.topics.map((topic) => ({ at, topic, summary: lead ?? "" })));
  });
}

// Who a side is, for telling two apart: the country a place or a demonym names ("Astana" and "Kazakh
// negotiators" are one side), else the head of the phrase ("the union", "the company").
function sideKey(side: string): string {
  const words = side.split(/\s+/);
  for (const w of words) {
    const place = /^\p{Lu}/u.test(w) ? gazetteer().lookup(placeKey(w)) : undefined;
    if (place?.code && place.kind !== "person") return place.code;
  }
  return side.toLowerCase();
}

/** What a deed is done to: "cut enrolment fees for new members, which…" → "enrolment fees for new members". */
export const deedObject = (deed: string): string | undefined => objectOf(`to ${deed}`);

/** What the sentence's actor wants, when the sentence opens on one: "Tokyo will press for X" → "X". */
export function demandOf(sentence: string): string | undefined {
  const wanted = wantedBySide(sentence);
  return wanted ? objectOf(wanted.want, wanted.contested) : undefined;
}

// "wants the United States to roll back chip controls…, and to drop a proposed ban on…": each
// infinitive the side wants names one thing.
// "seek agreement on a code for coastguard encounters and on rules for undersea cables": each "on" one thing.
function demandsIn(wanted: string, contested = false): string[] {
  // "wants the early release of detained fishermen and the return of seized trawlers": two things, each with its article.
  // "a commitment on passport retention, which remains common…, and a compensation mechanism": an aside between them goes.
  const plain = withoutAsides(wanted).replace(/,\s+and\s+(?=(?:the|a|an)\s)/iu, " and ");
  const pair = articledPair(plain.replace(OBJECT_END, "").replace(/[.;:!?]+$/, ""), MAX_OBJECT_WORDS / 2 + 2, true);
  if (pair?.every((p) => !hasFiniteVerb(p))) return pair.map((p) => objectOf(p, contested)).filter((t): t is string => t !== undefined);
  const frame = FRAME.exec(wanted)?.[0];
  const parts = frame ? wanted.slice(frame.length).split(/,?\s+and\s+(?:on|about|over)\s+/iu).map((p) => `${frame}${p}`) : [wanted];
  return parts.flatMap((w) => w.split(/,?\s+and\s+(?=to\s+\p{L})/u)).map((p) => objectOf(p, contested)).filter((t): t is string => t !== undefined);
}

const DAY_FIRST = new RegExp(String.raw`^(?:${WEEKDAYS.join("|")}|today|tomorrow|next week|this week|later this (?:week|month))\s+(?=on\s|to\s)(?:on\s+)?`, "i");
// "want the money", "want details": the bare stuff of any deal names no item.
const WHOLLY_VAGUE = /^(?:the\s+)?(?:money|details?|terms|timing|specifics|numbers|figures)$/i;

// What sides fight over may be people ("clash over platform workers"); what a side wants may not:
// "wants the government to…" names who is to act.
function objectOf(wanted: string, contested = false): string | undefined {
  // "want something else again: a compensation package": a colon after a few words gives the object.
  // "want the government to guarantee their training conditions": whose they are says nothing of what.
  // "demanding that severance pay be restored": what is to be done to a thing names it.
  // "want to start where most of your emails start: rent.": a colon gives the thing at last.
  const told = /:\s+([^:]{2,40}?)[.!]?$/u.exec(wanted)?.[1];
  if (told && wordCount(told) <= MAX_LABEL_WORDS && !hasFiniteVerb(told)) return told;
  // "vote on Thursday on a package": the day it is put to them is no part of what.
  // "want the money ring-fenced": the thing, not the state it is to be kept in.
  const object = beforeParticiple(wanted.replace(DAY_FIRST, "").replace(/^((?:the|a|an|its|their)\s+\p{L}+)\s+[\p{L}]+-\p{L}+ed[.,;]?$/u, "$1").replace(/^that\s+(.+?)\s+(?:be|should be|must be)\s+\p{L}+(?:ed|en|t)\b.*$/iu, "$1").replace(/^(?:\S+\s+){0,4}?\S+:\s+/u, "").replace(TO_HEAR, "").replace(SOMEONE_TO, "").replace(DOER_TO, (whole, doer: string, at: number, text: string) => (isAgentLike(doer) && isInfinitive(text.slice(whole.length)) ? "to " : whole)).replace(TO_VERB, "").replace(FRAME, "").replace(OBJECT_END, "").replace(/[.;:!?]+$/, "").replace(WHEN_DONE, "").trim().replace(/^(?:their|its|his|her|our)\s+/i, ""));
  // "illegal fishing by trawlers in each other's waters in the Andaman Sea": a long object is named before its second phrase.
  const named = wordCount(object) > MAX_OBJECT_WORDS ? object.replace(/^(\S+(?:\s+\S+)+?)\s+(?:by|in|at|between|from|along|across|near|around)\s.*$/u, "$1") : object;
  const n = wordCount(named);
  // "wants more" names nothing; "more cross-border rail services" does.
  // "holding out for the home ministry": an office is what a side wants, not who acts.
  const office = /\b(?:ministry|ministries|portfolio|portfolios|post|premiership|speakership|chairmanship|presidency)$/i.test(named);
  // "to order early and to buy British": what is done, not a thing, when no noun is left.
  if (n === 1 && !termsOf(named)[0]?.tags.includes("Noun")) return undefined;
  if (n === 0 || n > MAX_OBJECT_WORDS || (n <= 2 && isGeneric(named)) || WHOLLY_VAGUE.test(named) || /^(?:(?:more|less)(?:\s+than\b|$)|(?:it|them|that|this|to|nothing|everything|something|answers|time|the following|the above|(?:a|the|some)\s+way(?:s)?\s+to)\b)/i.test(named) || (isAgentLike(named) && !office && !contested)) return undefined;
  return named;
}

/**
 * Three or more things one side demands at once ("The union is demanding a base pay increase of
 * 141,300 won, a performance bonus … and an extension of the retirement age"): each is an item.
 */
function listedDemands(wanted: string): string[] | undefined {
  if (!/,/.test(wanted)) return undefined;
  const parts = splitList(withoutAsides(withoutAttribution(wanted)));
  // Each demand is a noun phrase of its own ("a …, a … and an …"); "corn, soybeans and dairy" lists what one is about.
  // The last may go without its article ("…, a shorter week and job guarantees at the plant").
  const articled = parts.filter((p) => /^(?:a|an|the|more|higher|lower|new)\s/i.test(p)).length;
  return parts.length >= 3 && articled >= parts.length - 1 && /^(?:a|an|the|more|higher|lower|new)\s/i.test(parts[0] ?? "") && parts.every((p) => wordCount(p) <= MAX_OBJECT_WORDS && !isAgentLike(p) && !hasFiniteVerb(p) && !/^(?:under|in|on|at|by|with|for|from|which|who|where)\b/i.test(p)) ? parts : undefined;
}

// The words after the verb of wanting, when the sentence opens on a side.
function wantedBySide(sentence: string): Wanted | undefined {
  // "Both sides also want to extend the truce, which expires…, officials said": the reporting clause
  // is no part of the want, and a which-clause after it is no aside after the side.
  // "Delegates said the group would also review…": who told of it is not the side.
  const plain = withoutAttribution(sentence.trim()).replace(TELLER, "");
  // "From Ofwat, whose chief executive is due to step down, the committee wants answers on…": the phrase before the side.
  const fronted = plain.replace(FRONTED, "");
  return wantedIn(plain) ?? wantedIn(withoutActorAside(plain)) ?? (fronted !== plain ? wantedIn(fronted) ?? wantedIn(withoutActorAside(fronted)) : undefined);
}

const FRONTED = /^(?:from|for|with|of|on|at)\s+[^,]{2,60}(?:,\s+(?:who|whose|which)\s[^,]{1,100})?,\s+(?=\S)/iu;

// "Washington, for its part, wants…", "The Congress, the main opposition party, is demanding…":
// the aside between the actor and the verb goes.
function withoutActorAside(sentence: string): string {
  return sentence.replace(/^([^,.;:!?()]{2,60}?),\s*(?:for (?:its|their|his|her) part|meanwhile|in turn|too|for now|however|(?:the|a|an|its|their)\s+[^,]{1,60}|(?:led|headed|chaired|backed|joined)\s+by\s+[^,]{1,60}|(?:which|who)\s+(?:[^,]|,(?=\d)){1,160}|(?:both|all|each|now|already|long|still)?\s*\p{Ll}+(?:ing|ed)\b[^,]{1,60}),\s*/u, "$1 ");
}

interface Wanted {
  side: string;
  want: string;
  /** The sides will fight over it rather than one side asking for it. */
  contested: boolean;
}

const VAGUE_STAKE = /^(?:money|details?|terms|timing|substance|specifics|wording|language|numbers|figures|price|much|most|many|several|some|key|almost|nearly|everything|a\s+(?:number|range|host)\s+of)\b/i;
// What sides fight over, or what a sitting's members are pressed on, may be a body ("pressed on the
// African Development Fund"): the object is the matter, not who acts.
const CONTESTED = new RegExp(String.raw`^${MODALS}(?:${CONTEST}|${PRESSED_ON})\s`, "iu");

const ONLY_SOMEONE = new RegExp(String.raw`^${MODALS}(?:wants?|demand(?:s|ing)?|lobby(?:ing)?\s+for|lobbies\s+for|insist(?:s|ing)?\s+on|hold(?:s|ing)?\s+out\s+for|(?:press|push)(?:es|ing)?\s+for)\s`, "iu");

function wantedIn(text: string): Wanted | undefined {
  // "“Nobody wants a fight before Christmas,” one delegate said": a quotation is someone's words, and nobody is no side.
  if (/^["“‘']|^(?:nobody|no one|everyone|everybody|anyone|anybody|someone|somebody)\b/iu.test(text)) return undefined;
  // "Tribal nations on both sides of the border want…": the side is named before its phrase of place.
  // A copula further on belongs to a later clause, so the short reading comes first.
  const subject = subjectOf(text, MAX_ACTOR_WORDS) ?? subjectOf(text, MAX_ACTOR_WORDS + MAX_ACTOR_PHRASE_WORDS);
  const side = subject?.split(/\s+(?:on|in|from|across|along|of)\s+/i)[0];
  if (!subject || !side || wordCount(side) > MAX_ACTOR_WORDS) return undefined;
  const rest = text.slice(text.indexOf(subject) + subject.length).trim();
  // "The akimat wants a 14% increase": only someone wants, demands or lobbies, whatever the word for them.
  if (!isActor(side) && !(ONLY_SOMEONE.test(rest) && /^(?:the|its|their)\s+\p{Ll}+$/iu.test(side))) return undefined;
  const want = DEMAND.exec(rest)?.[1];
  const contested = CONTESTED.test(rest);
  // "The two sides are far apart on money. Ottawa wants…": a contest over the bare stuff of any
  // deal leads in to what each side wants; it names no item.
  if (want === undefined || (contested && VAGUE_STAKE.test(want))) return undefined;
  return { side, want, contested };
}

// A side: people or an institution ("The Congress", "US negotiators", "the treasury benches"), or
// a capital or a country standing for its government ("New Delhi", "Washington").
function isActor(subject: string): boolean {
  // "Vietnam and the Philippines": two sides with one demand.
  const sides = subject.split(/\s+and\s+/);
  if (sides.length === 2) return sides.every(isActor);
  const core = subject.replace(/^(?:the|a|an)\s+/i, "");
  return isPlace(core) || isAgentLike(subject) || /\b(?:benches|sides?|camps?|blocs?|coalition|opposition|alliance|delegations?|teams?)$/i.test(core) || /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u.test(core);
}
