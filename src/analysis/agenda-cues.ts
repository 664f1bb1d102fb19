// How a sentence says "this is on the table". Three shapes, each built from small word lists:
//   frame first — "At the top of the agenda is likely to be security", "Another crucial issue … is X"
//   topic first — "Economic resilience is also expected to feature prominently", "Wages are the first
//                 demand", "Fiscal policy was the second", "Semiconductors are at the heart of the talks"
//   a list      — "The agenda now turns to financing … and to the tariffs"
// compromise finds where the subject ends (the first verb); the lists below judge what follows.
import nlp from "compromise";
import { WEEKDAYS } from "./dates.ts";
import { termsOf } from "./pos.ts";
import { REPORTED, SAYING } from "./reporting.ts";
import { beforeParticiple, beforePurpose } from "./agenda-label.ts";
import { realPlaceNamed } from "./gazetteer.ts";
import { isProcedure, withoutReflexive, wordCount } from "./text.ts";
import { articledPair, hasFiniteVerb, withoutContactClause, isAgentLike, MAX_LIST_SUBJECT_WORDS, MAX_SUBJECT_WORDS, NOT_A_TOPIC, splitList, splitSubject, subjectOf, withoutAsides } from "./phrases.ts";

export type CueShape = "frame" | "topic" | "list";

export interface Cue {
  shape: CueShape;
  /** The raw text naming each topic, before it is made a label. */
  topics: string[];
}

/** A non-capturing alternation of regex fragments. */
export const alt = (words: string[]): string => `(?:${words.join("|")})`;

/** The words for a sitting itself: "The summit…", "The retreat will be followed by…" name the forum, never an item. */
export const FORUMS = ["talks", "summit", "meeting", "session", "conference", "visit", "gathering", "forum", "plenum", "plenary", "dialogue", "congress", "retreat", "round", "hearing", "consultations"];


// A short opener about the story's own object ("The move…", "The package touches three areas.") is not an item.
const GENERIC_HEADS = new Set([
  ...("move decision announcement plan deal measure measures proposal proposals motion motions resolution resolutions amendments step change statement report news data result results ruling bill package agreement visit meeting talks incident case event project programme program strategy figures numbers situation outcome process effort idea trip summit session vote conference rules law " +
    // Frames with no content of their own: "The question is whether…", "The answer is…".
    "question answer problem point issue reason truth fact worry risk challenge irony trouble catch " +
    // A side's stance is who, not what: "Management's position is narrower."
    "position stance view mood tone").split(" "),
  // The sitting itself: "The retreat will be followed by the summit in May".
  ...FORUMS,
]);

/** "The move", "the package", "Management's position": the story's own object or a side's stance, no item. */
export function isGeneric(subject: string): boolean {
  if (!/^(?:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+/i.test(subject) && !/^\p{L}+['’]s\s/u.test(subject)) return false;
  const head = subject.toLowerCase().split(/\s+/).at(-1) ?? "";
  return wordCount(subject) <= 3 && GENERIC_HEADS.has(head);
}

const FRAME_NOUNS = alt([
  "issues?", "items?", "topics?", "questions?", "priorit(?:y|ies)", "concerns?", "matters?", "themes?", "areas?",
  "sticking points?", "points?", "challenges?", "subjects?", "focus", "tests?", "flashpoints?", "irritants?",
  "demands?", "requests?", "asks?", "backdrop", "order of business", "bone of contention", "battleground", "hurdles?", "risks?",
  "fights?", "fronts?", "fault lines?", "things?", "centrepieces?", "centerpieces?", "battles?", "rows?", "headaches?", "problems?", "obstacles?", "stumbling blocks?", "sore points?", "worr(?:y|ies)", "conditions?",
  "parts?", "strands?", "elements?", "planks?", "pillars?",
]);
const ORDINALS = alt(["first", "second", "third", "fourth", "fifth", "next", "last", "final", "other", "main", "biggest", "hardest", "thorniest", "toughest", "trickiest", "key", "central", "crucial", "major", "unspoken", "most \\w+"]);
const COPULA = alt(["is", "are", "was", "were", "remains?", "remained", "will be", "would be", "could be", "may be", "might be", "looks set to be", "is likely to be", "are likely to be"]);
const AGENDA = alt(["agenda", "list", "docket", "slate", "order paper", "talks", "negotiations", "discussions", "summit", "meeting", "visit", "dispute", "debate", "review", "deal"]);
const HEART = alt(["top", "heart", "centre", "center", "core", "forefront", "front"]);
const CUE_VERBS = alt([
  "features?", "figures?", "looms?", "hovers?", "dominates?", "tops?", "overshadows?", "headlines?", "hangs? over", "weighs? on",
  "lingers?", "casts? a shadow", "(?:comes?|came) (?:first|second|third|fourth|next|last|up)", "rounds? out", "rounded out",
  "completes?", "completed", "(?:sits?|lies|lie|stands?)\\s+(?:squarely\\s+)?at the (?:centre|center|heart|core) of",
  // "Fisheries follows", "…follows close behind", not "The summit follows hard on the heels of a NATO gathering".
  "(?:follows?|followed)(?=\\s*(?:[.,;:—–]|$)|\\s+(?:closely|close behind|next|suit)\\b)", "(?:is|are) (?:also )?(?:covered|included)", "(?:gets?|has|have|receives?) (?:its|their) (?:first|second|third|final) reading", "(?:makes?|made) up the (?:rest|list|agenda|trio|remainder|set)", "leads? the list",
  // "A package of statute amendments heads the congress business": first among a sitting's business.
  "(?:heads?|leads?|tops?) the (?:[\\p{L}-]+\\s+){0,2}?(?:business|docket|order paper|order of business|programme)",
  // "Referee pay, frozen since 2019, was added after officials wrote…": put on the table late.
  "(?:was|were|has been|have been)\\s+(?:also\\s+)?(?:added|tabled|listed)(?=\\s+(?:to the (?:agenda|list|docket)|after|at|on|late|last|this)\\b|\\s*[.,;]|$)",
  // "Market concentration in cement will also be examined": what a sitting will look into.
  "be (?:discussed|raised|examined|considered|debated|reviewed|scrutini[sz]ed|weighed|taken up|looked at|tackled|addressed|probed|negotiated|(?:argued|fought|haggled|wrangled) over|thrashed out|aired)",
  // "The Middle Corridor … will also get an airing": talked over at the sitting.
  "(?:get|gets|getting|receive|receives)\\s+(?:an?\\s+)?(?:airing|hearing|look-in|mention|outing)",
]);
const LEAD_IN = String.raw`(?:(?:but|and|yet|meanwhile|finally|lastly|also|then|still|beyond that|on top of that),?\s+)?`;

// "At the top of the agenda for that review is revenue", "Another crucial issue both sides may work on is X",
// "Also expected to feature is the water sector"
const FRAME = new RegExp(
  String.raw`^${LEAD_IN}(?:(?:at the )?${HEART} of (?:the |their |his |her |its )?(?:[\p{L}’'.-]+\s+){0,2}${AGENDA}|at (?:its|their) (?:core|heart|centre|center)|(?:also |high |first )?on the (?:agenda|table|list)|up for (?:review|discussion|debate|a vote|approval|consideration)|(?:also |chiefly |mainly )?at (?:issue|stake)|(?:another|one|yet another|a further)\s+(?:[\p{L}’'-]+\s+){0,2}${FRAME_NOUNS}\b|(?:the|a)\s+(?:[\p{L}’'-]+,?\s+){1,3}${FRAME_NOUNS}\b|[\p{L}-]+['’]s\s+(?:[\p{L}’'-]+\s+){0,2}${FRAME_NOUNS}\b|then there|there(?=\s+(?:is|are|will be|remains)\s+also\b)|(?:expected|likely|set|sure|certain|bound)\s+to\s+(?:feature|figure|come up|be (?:discussed|raised)|dominate|loom)\b)(?:\s+(?:[\p{L}’'-]+|\d[\d,.]*(?:-\p{L}+)?)){0,8}?\s+${COPULA}\s+(?:also\s+)?(?:(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+)?(.+)$`,
  "iu",
);

// "The gap is widest on dairy", "Differences are sharpest over rules of origin": where sides stand
// furthest apart names an item.
const GAP = /^(?:the\s+)?(?:gap|gaps|divide|differences?|distance|disagreements?|split)\s+(?:between\s+(?:them|the (?:two )?sides)\s+)?(?:is|are|remains?|looks)\s+(?:widest|biggest|largest|deepest|sharpest|greatest|starkest)\s+(?:on|over)\s+(.+)$/iu;
// "The fight, as it has been since 2023, is over the floor wage": a contest and what it is over.
const CONTEST = new RegExp(
  String.raw`^${LEAD_IN}(?:the|a)\s+(?:[\p{L}’'-]+\s+){0,2}(?:fight|battle|row|argument|haggling|wrangling|debate|dispute|tussle|squabbling|quarrel)\b(?:\s*,[^,]+,)?\s+(?:is|was|will be|centres on|centers on|turns on|comes down to)\s+(?:(?:over|about|on)\s+)?(.+)$`,
  "iu",
);
// "Close behind is the annual increment", "Next up are the tariffs": a sentence turned round so
// that the item comes last; what stands before the verb is a position, not a subject.
// "Among matters expected to be raised are the RTS Link and the economic zone": a list turned round.
// "Chief among the assembly's demands is the royalty share itself".
// "Chief among them are currency swings, grid curtailment and…": the frame named in the sentence before.
const AMONG = new RegExp(String.raw`^(?:(?:chief|first|foremost|high|top|prominent|notable|principal|primary)\s+)?among\s+(?:(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:${FRAME_NOUNS}|proposals?|measures?|motions?|resolutions?|bills?|changes?|plans?)\b[^,;]{0,60}?|(?<=^(?:chief|first|foremost|high|top|principal)\s+among\s+)(?:them|these|those))\s(?:are|is|will be)\s+(.+)$`, "iu");
// "Where the bill is likeliest to stumble is the excise duty…": the item comes after the clause.
const PSEUDO_CLEFT = /^(?:where|what)\b[^,;]{3,80}?\s(?:is|are|will be)\s+((?:the|an?)\s+.+)$/iu;
// "Less contentious, but still expected to draw debate, is the scholarship fund": an aside may follow the position.
const INVERTED = /^((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)(?:,[^,]{1,60},)?\s+(?:is|are|comes|come|sits|sit|lies|lie|stands|stand)\s+((?:the|an?)\s+.+|\p{Ll}[\p{L}-]+\s.+)$/iu;
// "Of more immediate concern to people in Sa Kaeo is the fate of the checkpoints": a long
// prepositional lead, then the item.
// "Tucked away at the back is a consultation outcome on co-investment": where a paper puts it, then the item.
const INVERTED_PLACED = /^(?:tucked|buried|hidden|slotted|squeezed)\s+(?:away\s+)?(?:in|at|on|into|near|towards?)\s+(?:[\p{L}’'-]+\s+){1,5}?(?:is|are|sits|lies)\s+((?:the|an?)\s+.+)$/iu;
const INVERTED_PHRASE = /^(?:of|among|beyond|besides|alongside|above all|high on)\s+(?:[\p{L}’'-]+\s+){1,10}?(?:is|are)\s+((?:the|an?)\s+.+)$/iu;
// "Behind both demands sits the enriched uranium stockpile", "Over all of it hangs the question of…".
// "Closely tied to that is climate finance", "Linked to this are the tariffs".
const INVERTED_LINK = /^(?:(?:closely|tightly|intimately|also)\s+)?(?:tied|linked|related|connected|bound up|coupled)\s+(?:to|with)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:is|are|comes?)\s+(.+)$/iu;
const INVERTED_PLACE = /^(?:behind|beneath|underneath|under|over|above|hanging over|looming over)\s+(?:[\p{L}’'-]+\s+){1,6}?(?:sits?|lies|lie|looms?|hangs?|stands?|is|are)\s+((?:the|an?)\s+.+)$/iu;

// "Flood control, the second big-ticket item, has become…": the item named, then called one in apposition.
const APPOSED = new RegExp(String.raw`^([^,]{3,80}),\s+(?:(?:the|a)\s+(?:[\p{L}-]+\s+){0,1}?${ORDINALS}|another|yet another|a further)\s+(?:[\p{L}-]+\s+){0,2}?${FRAME_NOUNS}\s*,`, "iu");

const GERUND_FRAME = new RegExp(String.raw`^(?:rounding out|rounding off|completing|topping|heading|leading|closing out|capping)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:list|agenda|slate|docket|trio|set|line-up|lineup|issues|priorities)\b[^,;]{0,30}?\s(?:is|are|will be)\s+(.+)$`, "iu");

// "the ministry said", "officials said on Tuesday": a speaker of up to `words` words and its verb.
// "…, the labour ministry said in a statement": how it was said goes too.
const saidBy = (words: number): string => String.raw`(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,${words - 1}}\s+${REPORTED}(?:\s+on\s+\p{Lu}\p{Ll}+day|\s+(?:today|yesterday|last week|this week)|\s+in\s+an?\s+(?:statement|report|briefing|note|filing|release|interview|letter|post))?`;
// After a comma the speaker may be a longer phrase: ", officials familiar with the preparations said".
const ATTRIBUTION = new RegExp(String.raw`(?:,\s+${saidBy(6)}|,?\s+(?:according to\b.*|${saidBy(4)}))\s*[.:]?$`, "u");
/** A phrase without the reporting clause at its end: "…and the quota, according to officials" → "…and the quota". */
export function withoutAttribution(phrase: string): string {
  return phrase.replace(ATTRIBUTION, "");
}

// What follows a sentence's subject when the subject is the item.
const TOPIC_PREDICATE = new RegExp(
  String.raw`^(?:(?:also|again|still|all|likely|expected|set|certain|bound|sure|going|to|be|is|are|was|were|will|would|could|may|might|remain|remains|how)\s+){0,6}?(?:${CUE_VERBS}\b|(?:${COPULA}|be|prove|proves|proved)\s+(?:also\s+|again\s+|still\s+|all\s+)?(?:(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${FRAME_NOUNS}\b|${ORDINALS}(?:[.,;]?$|\s+of\b(?!\s+its\s+kind)(?!\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!${FRAME_NOUNS})\p{L})))|(?:(?:firmly|high|also|back|still)\s+)*(?:on the (?:agenda|table|list|cards)|in (?:the\s+)?(?:[\p{L}-]+['’]s\s+)?(?:package|mix|wish ?list|list of demands))\b|back in play\b|up for (?:debate|discussion|negotiation|review|renewal|a vote|grabs|adoption|approval)\b|(?:due|ripe)\s+for\s+(?:an?\s+)?(?:revision|review|renewal|vote|debate|overhaul|change|decision|rethink)\b|at the ${HEART} of\b|(?:where|what)\b|(?:the|a)\s+(?:[\p{L}-]+\s+){0,4}?of the (?:two|three|four|five|lot|bunch)\b))`,
  "iu",
);

const FRAMED_PREDICATE = new RegExp(String.raw`^${COPULA}\s+(?:also\s+|still\s+)?(?:the|another|a)\s+(?:[\p{L}-]+\s+){0,3}?${FRAME_NOUNS}\b`, "iu");

const LIST = new RegExp(
  String.raw`\b(?:agenda|talks|discussions|negotiations|meeting|summit|session|dialogue|hearing|round|focus|concerns|worries|objections|review|probe|inquiry|investigation|votes?(?=\s+(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|planned|set)\s+on\s))\b(?:\s+(?:over|about|on)\s+(?:the\s+|a\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}?|(?:\s+[\p{L}’']+){0,3}?)\s+(?:now\s+)?(?:turns?|turned|shifts?|moves?|focus(?:es)?|centres?|centers?|covers?|includes?|(?<=\bvotes?\s)(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|planned|set)(?=\s+on\s)|(?:will|would|is expected to|are expected to|is likely to|are likely to|is set to|are set to)\s+(?:turn|shift|move|focus|centre|center|cover|include))\s+(?:to|on|around)\s+(.+)$`,
  "iu",
);

// "Items before the board include A; B; and C", "Matters on the council's table are…": a sitting's items listed.
// "Key issues include export controls, the visa regime and coastguard cooperation".
// "The proposals include…" in a report of what was approved is news: only agenda words list bare.
const ITEMS_BEFORE = new RegExp(String.raw`^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:items|issues|topics|matters|questions|proposals|measures|priorities|subjects)\s+(?:before|facing|on|up for)\s+the\s+(?:[\p{L}’'-]+\s+){1,3}?(?:include|includes|included|are|will include)|(?:items|issues|topics|matters|questions|priorities|subjects)\s+(?:include|includes|will include|range from))\s+(.+)$`, "iu");
// "Pakistan's wish list for the commission is short — flood data, the Ratle project, and the tours of
// inspection — but…": a list set between dashes after the frame that names it.
const DASHED = /\b(?:wish ?list|shopping list|agenda|demands|priorities|asks|list of (?:demands|issues|items|priorities))\b[^—–:]{0,80}?\s[—–]\s([^—–]+?,[^—–]+?\band\b[^—–]+?)\s[—–](?:\s|$)/iu;
// "All eyes will be on chips and a swap line", "The focus will be on…", "The talks will be dominated
// by…", "Expect questions on…", "Shareholders are being asked to approve…": a preview's other ways of listing.
const SPOTLIGHT = /^(?:all eyes|(?:the|their|its)\s+(?:main\s+|chief\s+|key\s+|sharpest\s+)?(?:focus|spotlight|emphasis)|attention)\s+(?:will|is|are|is expected to|is likely to|is set to)?\s*(?:be|fall|turn|shift|rest)\s+(?:squarely\s+|firmly\s+)?(?:on|to)\s+(.+)$/iu;
const DOMINATED = /\b(?:talks|meeting|summit|session|agenda|discussions|negotiations|debate|visit|gathering)\s+(?:will|is expected to|are expected to|is likely to|are likely to|could|may)\s+be\s+(?:dominated|overshadowed|shaped|driven|consumed)\s+by\s+(.+)$/iu;
// "…will meet next week, with student visas, fentanyl tariffs and soybean purchases set to dominate".
const WITH_AHEAD = /\bwith\s+(.+?,.+?\band\b.+?)\s+(?:all\s+)?(?:set|expected|likely|due|poised|sure|certain)\s+to\s+(?:dominate|feature|figure|top the agenda|come up|be (?:discussed|raised|on the (?:agenda|table)))\b/iu;
// "Smaller class sizes, overtime pay for teachers and the switch to digital textbooks top the list for
// the council": a listed subject before its verb, whatever the tagger makes of "pay".
const TOPS_LIST = /^([^;:]{3,220}?,[^;:]{3,220}?\band\b[^;:]{3,120}?)\s+(?:top|head|lead|dominate|fill)\s+(?:the|their|its)\s+(?:list|agenda|docket)\b/iu;
// "Still to be settled, according to the officials, are A, B and C": what remains open, listed after its frame.
const STILL_OPEN = /^(?:(?:still|yet|also)\s+)?(?:left\s+)?to be (?:settled|agreed|decided|resolved|negotiated|discussed|worked out|thrashed out|hammered out|ironed out|finali[sz]ed)(?:\s*,[^,]{1,80},)?\s+(?:are|is|remain|remains)\s+(.+)$/iu;
// "Expect tough questions on…", "Officials in the finance ministry also expect questions about the agriculture income tax".
// Someone expecting pressure on a thing forecasts ("Analysts expect pressure on the rupee to ease"); questions are asked of it.
const EXPECT_ON = /^(?:expect\s+(?:(?:sharp|tough|pointed|hard|plenty of|lots of|many)\s+)?(?:questions|debate|discussion|scrutiny|pressure|pushback|haggling|wrangling)|(?:[\p{L}’'-]+\s+){1,8}?(?:also\s+)?expects?\s+(?:(?:sharp|tough|pointed|hard|plenty of|lots of|many|more|further)\s+)?(?:questions|scrutiny))\s+(?:on|over|about)\s+(.+)$/iu;
// What a text before a sitting would include, not what a passed budget includes.
const INCLUDES = /\b(?:agenda|package|bill|budget|plan|proposals?|draft|programme|program|reforms?)\s+(?:also\s+)?(?:(?<=agenda\s+(?:also\s+)?)(?:includes?|contains?)|will include|would include|is expected to include)\s+(.+)$/iu;
// "…will ask shareholders to approve A, B and C at its annual meeting": the same, asked by the company.
const ASKED_TO = new RegExp(String.raw`\b(?:(?:are|is|will be)\s+(?:being\s+)?(?:asked|invited)|(?:will|to|would|plans to)\s+ask\s+(?:its\s+|the\s+)?(?:shareholders|investors|stockholders|unitholders|bondholders|creditors|members|owners|directors|the board|lawmakers|legislators|parliament|voters)(?:\s+at\s+[^,]{1,60}?)?)\s+to\s+(?:approve|endorse|back|ratify|vote on|consider|sign off on)\s+(.+)$`, "iu");

// "Both sides are also expected to take up legal protections for doctors": the sides of a sitting too.
// "Thursday morning belongs to wait times", "The afternoon turns to tariffs", "Friday is given over to
// the expansion of the bridge": a programme's slot and what fills it.
const SLOT_GIVEN = new RegExp(String.raw`^(?:the\s+)?(?:(?:${alt(WEEKDAYS)}|opening|closing|first|second|third|final|last|next)\s+)?(?:morning|afternoon|evening|day|session|${alt(WEEKDAYS)})\s+(?:then\s+|now\s+)?(?:belongs to|turns to|is given over to|is devoted to|is set aside for|is reserved for|is dedicated to|is taken up with|goes to)\s+(?!(?:it|them|this|that)\b)(.+)$`, "iu");
const TURN = /\b(?:the\s+)?(?:room|discussion|debate|conversation|session|meeting|talks|ministers|delegates|committee|(?:both|the two)\s+sides|negotiators|deputies|lawmakers)\s+(?:has\s+|have\s+|then\s+|now\s+|also\s+|are\s+|will\s+|(?:expected|set|likely|due)\s+to\s+)*(?:takes? up|took up|moves? on to|moved on to|turns? to|turned to|shifts? to|shifted to)\s+(?!(?:it|them|this|that|the following)\b)(.+)$/iu;

// "…will meet on October 2 to discuss anchorage capacity, pilotage and bunkering rules"
// Money raised is no list: "aims to raise $125 billion, mostly from private investors, and pay out…".
// Finite verb forms only: "an interim review in March" and "her annual address" are nouns, "covered
// walkways" an adjective, and "a phase focusing on consumer goods" describes rather than sets an agenda.
// Talks, a text or a sitting cover things; buses cover routes and money covers costs.
const COVERING = alt([...FORUMS, "deliberations", "discussions", "negotiations", "agenda", "review", "inquiry", "consultation", "debate", "deal", "agreement", "pact", "treaty", "bill", "package", "programme", "program"]);
const DISCUSS = new RegExp(
  String.raw`\b(?:discuss(?:es|ed)?|consult(?:s|ed)? on|(?<=\b${COVERING}\s+(?:also\s+)?)covers|(?<=\b${COVERING}\s+(?:(?:also|will|would|(?:is|are)\s+(?:also\s+)?(?:expected|likely|set|due)\s+to)\s+){1,2})cover|(?:to|will|would|also) sign (?:an?\s+|several\s+|a series of\s+|\d+\s+|\p{L}+\s+)?(?:agreements?|deals?|accords?|memorand(?:a|ums?)(?: of understanding)?|MoUs?|pacts?) (?:on|covering)|(?:(?:to|will|would|also) (?:exchange|compare|swap|trade)|exchanged|compared|swapped|traded) (?:views|notes) on|(?:to|will|would|also|and) (?:weigh|consider|examine|look at|look into|take stock of|address|tackle|review|debate|deal with|take up|vote on|raise|bring up|settle|finali[sz]e|work out|work through|go through|go over|run through|pore over|hammer out|iron out|agree on|sign off on|decide on)|(?:will|would|also|agreed to) (?:work together|cooperate|collaborate|work jointly) (?:on|in)|(?:to|will|would|also) (?:be )?(?:juggl(?:e|ing)|grappl(?:e|ing) with|wrestl(?:e|ing) with|contend(?:ing)? with|confront(?:ing)?|sort(?:ing)? out|thrash(?:ing)? out|hash(?:ing)? out)|(?:tasked|charged|entrusted|mandated)\s+with\s+(?:examining|reviewing|studying|assessing|considering|weighing|looking (?:at|into))|takes? up|took up|addressed|tackled|(?:to|will|would|also)\s+spend\s+(?:the|their|its|much of the|most of the|a)\s+(?:day|morning|afternoon|session|meeting|week|time|hour)\s+on|(?:remain|remains|are|were|stay|stayed|still)\s+(?:far\s+|deeply\s+|sharply\s+|still\s+)?(?:apart|divided|split|at odds|deadlocked)\s+(?:on|over)|(?:disagree|disagreed|differ|differed|clash|clashed)\s+(?:on|over)|(?:argue|argued|wrangle|wrangled|haggle|haggled|spar|sparred|bicker|squabble|fight|fought)\s+(?:over|about)|(?<!\b(?:a|the|its|their|his|her|our|new|sharp|sharper|renewed|with)\s)(?<!\bwith\s+(?:[\p{L}-]+\s+){1,3})focus(?:es|ed)? on|talk(?:s|ed)? about|touch(?:es|ed)? on|negotiat(?:e|es|ed) (?:on|over)|reviewed|debated)\s+(?!(?:in|on|at|by|for|with|from|to|into|after|before)\b)(?!(?:(?:about|around|some|up to|more than|over|nearly|almost)\s+)?(?:[£$€¥₹]|(?:(?:US|S|A|C|HK|NZ|NT)\$|Rs\.?|RM)\s?\d|\d))(.+)$`,
  "iu",
);


// "a vote to extend the lease on two shelter sites", "a proposal to raise parking meter rates": what it would do names it.
const PROPOSAL_TO = /^(?:a|an|the)\s+(?:vote|proposal|plan|motion|bill|bid|move)\s+to\s+(?!be\b)[\p{L}-]+\s+(?=(?:the|a|an|its|their|\p{Ll}))/iu;

/** The cue a paragraph's opening sentence carries, if it carries one. */
export function readCue(sentence: string): Cue | undefined {
  const s = withoutReflexive(sentence.replace(/\*\*/g, "")).trim();
  // "Why is the listening test being dropped?": an explainer's question is questionItems' to read.
  if (/^(?:why|how|what|when|where|who|which)\b.*\?["”]?$/i.test(s)) return undefined;
  const list = LIST.exec(s) ?? DASHED.exec(s) ?? ITEMS_BEFORE.exec(s) ?? SPOTLIGHT.exec(s) ?? DOMINATED.exec(s) ?? EXPECT_ON.exec(s) ?? WITH_AHEAD.exec(s) ?? STILL_OPEN.exec(s) ?? TOPS_LIST.exec(s);
  // "…would centre on what remained unresolved: A, B and C": a colon introduces the list itself.
  // "…will turn on a short list of fights:" announces the paragraphs after it; it names none itself.
  // A list reads as one after a verb of discussing does (its clause's end, its questions); else one thing.
  if (list?.[1] && !/:\s*$/.test(list[1])) {
    const listed = list[1].replace(/^[^:]{1,60}:\s+/, "");
    // "A vote is expected on all four": a count of what came before names nothing new.
    const topics = (listAfter(listed, true) ?? splitList(withoutAsides(listed))).filter((t) => !NOT_A_TOPIC.test(t));
    return topics.length > 0 ? { shape: "list", topics } : undefined;
  }
  // What shareholders are asked to approve, what a draft would include: only a list of them.
  const asked = (ASKED_TO.exec(s) ?? INCLUDES.exec(s))?.[1];
  // "…and the cancellation of treasury shares at its annual general meeting on March 18": when and where end the list.
  const askedFor = asked ? splitList(clauseOf(withoutAttribution(asked))) : [];
  // "…to back a capital increase, the bank's first since 2010": without a conjunction, a comma sets off an appositive.
  if (askedFor.length >= 2 && /\b(?:and|or|as well as)\b/i.test(asked ?? "") && askedFor.every((p) => isThing(p))) return { shape: "list", topics: askedFor };
  const discussed = discussedList(s);
  if (discussed) return { shape: "list", topics: discussed };
  // "Also before trustees: layoffs.": a colon frame may name one thing.
  const single = clauseOf(COLON_FRAME.exec(s)?.[1] ?? "").replace(/[.!]+$/, "").trim();
  if (single && wordCount(single) <= MAX_SINGLE_WORDS && isThing(single) && !NOT_A_TOPIC.test(single)) return { shape: "frame", topics: [single] };
  // "After lunch the room takes up disaster risk financing", "Discussion has moved on to the Chiang
  // Mai Initiative, the ASEAN+3 network of…": a sitting turning to one thing; an appositive follows it.
  const turn = TURN.exec(s) ?? SLOT_GIVEN.exec(s);
  if (turn?.[1]) {
    // "Monday belongs to the formalities: the election of a president…": what follows a colon details it.
    const topic = clauseOf(turn[1].split(",")[0]?.split(/:\s/)[0] ?? "");
    if (isThing(topic) && !NOT_A_TOPIC.test(topic) && !isProcedure(topic)) return { shape: "frame", topics: [topic] };
  }
  const among = AMONG.exec(s);
  if (among?.[1]) {
    const topics = splitList(withoutAsides(among[1]));
    if (topics.length >= 1 && !topics.some(isAgentLike)) return { shape: topics.length > 1 ? "list" : "frame", topics };
  }
  const frame = FRAME.exec(s) ?? CONTEST.exec(s) ?? GAP.exec(s) ?? PSEUDO_CLEFT.exec(s);
  if (frame?.[1]) {
    // "On the table when the ministers sit down are nuclear cooperation, critical minerals and the
    // quota for seasonal workers, according to officials": a frame may hold a list.
    // "The main sticking point is how to share the cost of the restructurings": what is to be done names the item.
    // "Then there is AI: clients are pausing projects": a colon after a short name ends it.
    // "The third matter on which the meetings will be judged is climate finance": a passive inside the frame is no copula of its own.
    // "Next in line is a vote to extend the lease on two shelter sites": what the vote would do names it.
    // "The third fight is over the wheat subsidy": what a fight is over.
    const complement = withoutAttribution(frame[1].replace(/^\p{L}+(?:ed|en)\s+(?:is|are|was|were|will be)\s+/u, "").replace(/^(?:over|about)\s+(?=\S)/i, "").replace(PROPOSAL_TO, "")).replace(/^([^:]{2,40}):\s+\S.*$/u, "$1").replace(/^how to\s+[\p{L}-]+\s+(?=(?:the|a|an|its|their)\s)/iu, "");
    const listed = complement.includes(",") ? splitList(withoutAsides(complement)).map((p) => p.replace(RELATIVE_TAIL, "")) : [];
    // "The third theme is closer to home": a complement with no noun before its preposition names no item.
    const head = termsOf(complement.split(/\s+(?:to|of|for|on|in|at|with|from)\s+/i)[0] ?? "");
    if (listed.length < 3 && !head.some((t) => t.tags.includes("Noun") && !t.tags.includes("Pronoun"))) return undefined;
    if (listed.length >= 3 && listed.every((p) => isThing(p))) return { shape: "list", topics: listed };
    // "Jakarta's priorities are market access for palm oil and an end to anti-dumping duties": two things, each with its article.
    const pair = articledPair(complement, MAX_ITEM_WORDS);
    if (pair && /\b(?:priorities|demands|issues?|items|topics|concerns|questions|asks|stake|table|agenda)\b/i.test(s.slice(0, s.length - complement.length)) && pair.every((p) => isThing(p))) return { shape: "list", topics: pair };
    return { shape: "frame", topics: [complement] };
  }
  // "Rounding out the list is border management", "Topping the agenda are tariffs".
  // "Topping their agenda is dengue, which has surged…, followed by the price of cancer drugs and a shortage of nurses".
  const gerund = GERUND_FRAME.exec(s);
  if (gerund?.[1]) {
    const [lead = "", after] = gerund[1].split(/,\s+(?:(?:closely\s+)?followed|trailed)\s+by\s+/i);
    const more = after ? splitList(withoutAsides(withoutAttribution(after))).filter((p) => isThing(p)) : [];
    return more.length > 0 ? { shape: "list", topics: [lead.replace(/,\s*(?:which|who|where)\b.*$/i, ""), ...more] } : { shape: "frame", topics: [gerund[1]] };
  }
  const apposed = APPOSED.exec(s);
  if (apposed?.[1] && isThing(apposed[1]) && !NOT_A_TOPIC.test(apposed[1]) && !isTheSitting(apposed[1])) return { shape: "topic", topics: [apposed[1]] };
  const inverted = s.endsWith("?") ? null : INVERTED.exec(s);
  if (inverted?.[1] && inverted[2] && isPosition(inverted[1])) return { shape: "frame", topics: [inverted[2].replace(PROPOSAL_TO, "")] };
  const phrase = s.endsWith("?") ? null : INVERTED_PHRASE.exec(s) ?? INVERTED_PLACED.exec(s) ?? INVERTED_PLACE.exec(s) ?? INVERTED_LINK.exec(s);
  if (phrase?.[1]) return { shape: "frame", topics: [phrase[1]] };
  // "Access for fishermen near the shoal (Scarborough Shoal), where China declared a reserve, is the
  // second thing…": the asides out, so that the subject meets its verb.
  // "The Teesta deal, stalled since 2011 because of objections from West Bengal, comes next": a
  // participle's aside too; "Demarcation of the border, much of it still unmarked, is the hardest question".
  const bare = s
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/,\s*(?:where|which|who|whose|including|such as|notably|especially|much of (?:it|them)|most of (?:it|them)|some of (?:it|them)|(?:(?:first|already|once|long|originally|recently|last)\s+)?(?:\p{Ll}+ed|\p{Ll}+en))\b[^,]{1,120},/giu, "");
  const subject = subjectOf(bare, MAX_LIST_SUBJECT_WORDS);
  // "Beijing, which usually features in campaigns, barely came up": what hardly came up is no item.
  if (subject && /\s(?:barely|hardly|never|scarcely|rarely|seldom)$/i.test(subject)) return undefined;
  // "Almost certainly it will loom largest": adverbs before the subject say how sure, not what.
  if (!subject || NOT_A_TOPIC.test(subject.replace(/^(?:(?:almost|quite|very|perhaps|maybe|surely|\p{L}+ly)\s+)+/iu, "")) || isTheSitting(subject)) return undefined;
  const parts = splitSubject(subject);
  const predicate = bare.slice(bare.indexOf(subject) + subject.length).replace(/^[\s,]+(?:(?:however|too|meanwhile|though|in turn),?\s+)?/i, "");
  // A long subject only before a predicate that plainly calls it an item ("… are another sore point").
  if (parts.length === 1 && wordCount(subject) > MAX_SUBJECT_WORDS && !FRAMED_PREDICATE.test(predicate)) return undefined;
  // Actors and dates are who and when, not what: "Codelco and lithium producer SQM completed…"
  if (parts.length > 1 && parts.some((p) => isAgentLike(p) || /^\d/.test(p) || nlp(p).has("#Date"))) return undefined;
  if (!TOPIC_PREDICATE.test(predicate)) return undefined;
  // "Debt relief tops the agenda, along with a minimum tax on billionaires", "Climate finance is also
  // likely to feature, as is the reform of lending rules": a second thing joined to the first.
  const joined = /,\s+(?:along with|as well as|together with|alongside|as (?:is|are|will be|does|do))\s+(.+)$/iu.exec(predicate)?.[1];
  const also = joined ? withoutAttribution(joined).replace(/[.;]+$/, "").replace(RELATIVE_TAIL, "") : undefined;
  if (also && isThing(also) && !isPlace(also)) return { shape: "list", topics: [...parts, also] };
  return { shape: parts.length > 1 ? "list" : "topic", topics: parts };
}

// "Beyond the policy rate itself, market watchers will scrutinise what the MPC says about the
// ringgit": what watchers of a sitting will look for, and what the sentence puts beyond it.
// "Bankers will be listening for any word on reserve requirements": what the sitting may say of it.
const WATCHED = /^(?:(?:beyond|besides|apart from|aside from)\s+([^,]{2,60}),\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)\s+(?:will|would|are (?:likely|set|expected|sure) to)\s+(?:(?:also|closely|carefully|keenly)\s+)?(?:be\s+)?(?:scrutini[sz](?:e|ing)|watch(?:ing)?|pars(?:e|ing)|comb(?:ing)? through|look(?:ing)? (?:closely )?(?:at|for)|listen(?:ing)? (?:closely |hard )?for|keep(?:ing)? an eye on)\s+((?:what|how)\s+(?:[^,]{1,60}?)\s+(?:says?|said|signals?)\s+(?:about|on)\s+|(?:any|every|fresh|further|a)\s+(?:word|hint|signal|sign|mention|guidance|comment)s?\s+(?:on|about)\s+)?(.+)$/iu;

// "The justices must decide whether the law's consent rules apply to government agencies and whether
// fines can be based on global turnover": each question names its thing by its subject.
const DECIDE_WHETHER = /\b(?:must|will|to|would|is to|are to|also|have to|has to)\s+(?:decide|determine|rule on|settle|weigh)\s+(whether\b.+)$/iu;
function decidedQuestions(text: string): string[] | undefined {
  const m = DECIDE_WHETHER.exec(withoutAttribution(text.trim()));
  if (!m?.[1]) return undefined;
  const subjects = m[1].split(/,?\s+and\s+(?=whether\b)/i).map((q) => subjectOf(q.replace(/^whether\s+/i, "").replace(/[.;]+$/, "")));
  return subjects.length >= 2 && subjects.every((t): t is string => t !== undefined && isThing(t) && !isPlace(t) && !NOT_A_TOPIC.test(t)) ? subjects : undefined;
}

// "Analysts will be watching gross margins, capital spending plans and demand for AI chips": what
// a piece's watchers will look at, when it is a list, is the preview's agenda; one thing watched is news.
const WATCH_LIST = /^(?:(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)\s+(?:will(?:\s+be)?|would|are(?:\s+(?:likely|set|expected|sure)\s+to(?:\s+be)?)?)\s+(?:(?:also|closely|carefully|keenly)\s+)?(?:scrutini[sz](?:e|ing)|watch(?:ing)?|pars(?:e|ing)|look(?:ing)?\s+(?:closely\s+)?(?:at|for)|focus(?:ing)?\s+on|keep(?:ing)?\s+an\s+eye\s+on)\s+(?!(?:what|how|whether|for\s+signs)\b)(.+)$/iu;
function watchedList(text: string): string[] | undefined {
  const m = WATCH_LIST.exec(withoutAttribution(text.trim()));
  const watchers = m ? text.trim().split(/\s+(?:will|would|are)\b/i)[0] ?? "" : "";
  if (!m?.[1] || !isAgentLike(watchers)) return undefined;
  const parts = splitList(withoutAsides(clauseOf(m[1]))).map((p) => p.replace(RELATIVE_TAIL, ""));
  return parts.length >= 2 && parts.every((p) => isThing(p) && !isPlace(p) && !isAgentLike(p)) ? parts : undefined;
}

/** What a piece about a sitting says its watchers will look for: "…will scrutinise what the MPC says about the ringgit". */
export function watchedTopics(sentence: string): string[] | undefined {
  const m = WATCHED.exec(withoutReflexive(sentence.replace(/\*\*/g, "")).trim());
  const [, beyond, watchers = "", said, watched = ""] = m ?? [];
  // Watching alone is everyday news ("Diplomats will watch for changes in…"); what the sitting will
  // say about a thing, or a thing set beyond another, is its agenda.
  if (!m || !isAgentLike(watchers) || (beyond === undefined && said === undefined)) return undefined;
  const topics = [beyond, clauseOf(watched.split(/,\s*(?:which|who|where)\b/)[0] ?? "")].filter((t): t is string => t !== undefined && isThing(t) && !NOT_A_TOPIC.test(t));
  return topics.length > 0 ? topics : undefined;
}

// "Another cut to the income tax, a fresh fight over vouchers and limits on lawsuits are likely to
// soak up most of the oxygen": three or more things as the subject of what lies ahead. Read only in
// a piece about a sitting, where what lies ahead is its business.
const AHEAD_PREDICATE = /^(?:are|will|would|could|may|might)\s+(?:(?:also|again|still|all)\s+)?(?:(?:likely|expected|set|going|bound|certain|sure)\s+to\s+)?[\p{L}-]+/iu;
const MAX_LISTED_SUBJECT_WORDS = 36;
// "The provisional agenda, concept note and list of participants will be posted here": papers put out are no items.
const PUBLISHED = /^(?:are|will|would)\s+(?:also\s+)?(?:be\s+)?(?:posted|published|circulated|uploaded|distributed|emailed|sent out|shared|issued|made available|available)\b/i;
// Later in a paragraph the predicate must say plainly that the things are on the table: "…are expected to dominate the discussions".
const CUED_PREDICATE = /^(?:are|will|would|could|may|might)\s+(?:(?:also|again|still|all)\s+)?(?:(?:likely|expected|set|going|bound|certain|sure)\s+to\s+)?(?:dominate|feature|figure|loom|top|headline|come up|be (?:discussed|raised|on the (?:agenda|table)))\b/i;

/** Three or more things as the subject of what lies ahead; `cued` asks for a predicate that plainly puts them on the table. */
export function listedSubject(sentence: string, cued = false): string[] | undefined {
  const s = sentence.replace(/\*\*/g, "").trim();
  const subject = subjectOf(s, MAX_LISTED_SUBJECT_WORDS);
  // A comma between digits ("Rs 3,300 crore") separates no items.
  if (!subject || !/,(?!\d)/.test(subject) || !/\band\b/.test(subject)) return undefined;
  const predicate = s.slice(s.indexOf(subject) + subject.length).trim();
  if (!(cued ? CUED_PREDICATE : AHEAD_PREDICATE).test(predicate) || PUBLISHED.test(predicate)) return undefined;
  const parts = splitList(withoutAsides(subject));
  if (listsOneThing(parts)) return undefined;
  // "Jin Air, Air Busan and Air Seoul are set to be integrated": names alone are parties to what
  // lies ahead, unless the predicate puts them on the table ("Rogun, Qosh Tepa and CASA-1000 will dominate").
  if (!cued && parts.every(isName) && !CUED_PREDICATE.test(predicate)) return undefined;
  return parts.length >= 3 && parts.every((p) => isThing(p) && !isPlace(p)) ? parts : undefined;
}

const isName = (phrase: string): boolean => phrase.split(/\s+/).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|and|de|du|la|the|for)$/.test(w)));

// "the US tariffs on its steel, aluminum and lumber", "cooperation on energy and investment": a
// list of bare nouns after a preposition lists what the one item is about.
function listsOneThing(parts: string[]): boolean {
  const [head, ...others] = parts;
  return head !== undefined && /\s(?:on|of|for|in|over|to|with|from|about)\s/i.test(head) && others.every((p) => wordCount(p) <= 2);
}

/** A country, a capital or a city, named alone: as a subject it is a party to what happens, not an item. */
export function isPlace(phrase: string): boolean {
  return realPlaceNamed(phrase.replace(/^(?:the)\s+/i, "")) !== undefined;
}

// "Close behind", "Next up", "Further down the list": words with no noun of their own (a noun may
// only sit inside a prepositional phrase) and none that could be a subject.
function isPosition(words: string): boolean {
  const terms = termsOf(words.trim());
  // "The closing plenary is scheduled for…": a determiner opens a noun phrase, whatever the tagger makes of its head.
  // "All of this is playing out against…": a share of what came before is no position.
  if (terms.length === 0 || /^(?:there|it|this|that|what|who|which|so|here|how|why|when|where|whose|the|a|an)\b|^(?:all|both|each|none|some|much|many|any|most|one|two|three|four|five|several)\s+of\b/i.test(words.trim())) return false;
  if (terms.length === 1) return /^(?:next|then|last|finally|second|third|fourth|also|foremost|first|paramount|likewise|further)$/i.test(terms[0]?.text ?? "");
  let inPhrase = false;
  for (const [i, t] of terms.entries()) {
    if (t.tags.includes("Preposition")) inPhrase = true;
    // "Less contentious", "More pressing still": a degree word, whatever the tagger makes of it.
    else if (/^(?:less|more|least|most)$/i.test(t.text)) continue;
    // "Close" in "Close behind" may read as a verb; a word before the last is only a modifier.
    else if (!inPhrase && (["Noun", "Pronoun"].some((g) => t.tags.includes(g)) || (i === terms.length - 1 && t.tags.includes("Verb")))) return false;
  }
  // The position ends on an adverb, a particle or a modifier ("close behind", "next up", "not far
  // behind") or inside a phrase ("further down the list").
  const last = terms.at(-1)?.tags ?? [];
  return inPhrase || ["Adverb", "Particle", "Preposition", "Adjective"].some((g) => last.includes(g));
}

// "The summit", "Thursday's talks", "the two-day meeting": the sitting itself holds the items; it is not one.
const THE_SITTING = new RegExp(String.raw`^(?:the|this|that|next|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+)?(?:${alt(FORUMS)}|sitting)$`, "iu");
/** "The summit", "The autumn sitting": the sitting itself, which holds the items and is none. */
export function isTheSitting(subject: string): boolean {
  return THE_SITTING.test(subject.trim());
}

// A time inside an item ("licences that Beijing tightened earlier this year, and access for
// inspectors") is the item's; only a time after the last item ends the list.
const LIST_END = new RegExp(String.raw`,?\s+(?:(?:the\s+)?[\p{L}’'-]+\s+${REPORTED}|according to|before|after|when|while|because|amid|(?<!\bwell\s)as(?!\s+well\b)|during|(?:next|this)\s+(?:week|month|year|weekend|morning|afternoon|evening|spring|summer|autumn|fall|winter|quarter|season|\p{L}+day)\b(?!['’]s)(?![^,]*,\s*(?:and|or)\s))\b.*$`, "iu");

// "…at its annual general meeting on March 18": the sitting where it is all decided is no part of the last item.
const AT_THE_SITTING = new RegExp(String.raw`,?\s+(?:at|during)\s+(?:its|the|their|this|next|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:${alt(FORUMS)}|AGM|EGM|assembly|congress)\b.*$`, "iu");

// "…, while…", "…, with…", "…, noting that…": a clause of its own after the list.
const AFTERTHOUGHT = new RegExp(String.raw`,\s*(?:while|with|${SAYING})\b.*$`, "iu");

// The list ends where the clause does: ", the ministry said", " before…", and a time or a place
// ("on Tuesday", "in Geneva"), but not a preposition inside an item ("a rise in defence spending").
function clauseOf(list: string): string {
  // "(US$3.2 billion)": a bracketed amount says it again; "(RTS)" names it and stays.
  // "…, and an update of the noise programme, which neighbors in Vancouver, Wash., have pushed for":
  // the last item's relative clause runs to the end, commas and all.
  return withoutAsides(list.replace(/\s*\((?=[^)]*\d)[^)]*\)/g, "").replace(/(,\s*and\s+[^,]*?),\s*(?:which|where|who|whose)\b.*$/iu, "$1"))
    .replace(AFTERTHOUGHT, "")
    .replace(AT_THE_SITTING, "")
    .replace(LIST_END, "")
    .replace(WHEN_OR_WHERE, (tail, name: string | undefined) => (name === undefined || isPlace(name) || TIME_WORD.test(name) ? "" : tail));
}

// A trailing time or place ends a list: "in Geneva", "on Tuesday", "by 2030", "at the end of May";
// a capitalised name that is neither belongs to the item ("amendments to the Law on Enterprises").
const WHEN_OR_WHERE = /,?\s+(?:at|in|on|by)\s+(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)|\d|the (?:coming|next|weekend|end)\b)[^,]*$/u;
const TIME_WORD = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

// "the return of trainee doctors who left their posts": a relative clause says which, not what.
export const RELATIVE_TAIL = /\s+(?:now that|so that|as|while|because|since|amid|when|who|whom|whose|which|(?<!\b(?:of|on|for|in|to|with|at|by|from|over|about)\s)that)\s+.*$/i;

const UNDONE = /\b(?:(?:do|does|did)\s+(?:little|nothing|not enough|too little)|fail(?:s|ed|ing)?|unable|not\s+(?:yet\s+)?(?:been\s+)?(?:designed|meant|able))\s+to\s/i;
const PERFECT = /\b(?:have|has|had)\s+(?:(?:long|repeatedly|already|often|\p{L}+ly)\s+)?(?:discussed|reviewed|debated|addressed|tackled|taken up|covered|talked about)\s/iu;

/** The things a sentence says will be discussed, when it names two or more ("…to discuss A, B and C"). */
export function discussedList(sentence: string): string[] | undefined {
  const text = sentence.replace(/\*\*/g, "");
  // "Successive administrations have discussed caps on deployment, …": what has been discussed is history;
  // "the measures do little to address long hours, insecure jobs and…" is what goes undone.
  return (PERFECT.test(text) || UNDONE.test(text) ? undefined : listAfterVerb(text)) ?? listAfter(COLON_FRAME.exec(text)?.[1] ?? "", false) ?? doneList(text) ?? watchedList(text) ?? decidedQuestions(text);
}

// "Commissioners will weigh a proposal to raise landing fees and terminal rents": when what follows
// the first verb lists nothing, a later one may.
// "The two sides reviewed progress on the river treaty and discussed border killings": two verbs, one thing each.
function listAfterVerb(text: string): string[] | undefined {
  const singles: string[] = [];
  for (let m = DISCUSS.exec(text); m?.[1]; m = DISCUSS.exec(m[1])) {
    const listed = listAfter(m[1], true);
    if (listed) return listed;
    const [one = "", rest] = m[1].split(NEXT_DEED);
    if (rest !== undefined) {
      const own = clauseOf(one).replace(/^(?:(?:the\s+)?progress|developments|the situation|the state)\s+(?:on|in|of)\s+/i, "");
      // "…sign agreements on coast guard cooperation and direct flights, and to discuss…": the first deed may list two things.
      singles.push(...(listAfter(own, true) ?? [own]));
    }
    // "…, and to discuss expanding medical cooperation, including…, the ministry said": who said it is no part of the deed.
    else if (singles.length > 0) singles.push(clauseOf(withoutAttribution(one)));
  }
  return singles.length >= 2 && singles.every((t) => isThing(t) && !isPlace(t)) ? singles : undefined;
}
// "…sign off on a data-sharing protocol and agree on a timetable for flood forecasting": two deeds to come, one thing each.
const NEXT_DEED = /,?\s+and\s+(?:to\s+)?(?=(?:discussed|reviewed|addressed|tackled|debated|took up|exchanged|considered|examined|touched on|agree on|sign off on|decide on|vote on|approve|review|consider|discuss|debate|settle)\b)/i;

// The things listed after a verb of discussing or a colon frame.
function listAfter(after: string, afterVerb: boolean): string[] | undefined {
  if (after === "") return undefined;
  // "sign off on a package that has been stuck in committee for years (a unified tourist visa, the next
  // phase of the railway and a common customs procedure)": the brackets list what the package holds.
  const held = CONTAINER_LISTED.exec(after)?.[1];
  if (held) return listAfter(held, afterVerb);
  // "On the docket: reopening a hotline; rules for encounters; and a review of intercepts": after a
  // colon, semicolons may separate the items; elsewhere a semicolon ends the clause.
  const semicolons = !afterVerb && after.includes(";");
  // "…, who will handle question setting for each unit, and…": a question in a list, not an aside on the item before it.
  // "…, committee staff said": who said it ends the list.
  const named = withoutAttribution(after.trim()).replace(/(^|,\s*(?:and\s+)?)who\s+(?:will|would|should|can|could|is to|gets? to)\s+[\p{L}-]+\s+/giu, "$1");
  // "…discussed A, B and C, and agreed to upgrade the dialogue": what they did next ends the list.
  const object = (semicolons ? named : clauseOf(named.split(";")[0] ?? "")).replace(/,?\s+and\s+(?:agreed|decided|pledged|vowed|resolved|signed|called|expressed|welcomed|reaffirmed|noted|undertook)\b.*$/i, "");
  // "how to finance a sharp rise in defence spending": what is to be done names the item.
  const parts = (semicolons ? object.split(/\s*;\s*(?:and\s+)?/).map(clauseOf) : withNestedNames(splitList(object))).map((p) =>
    thingAsked(p).replace(RELATIVE_TAIL, ""),
  ).map((p) => (wordCount(p) > MAX_ITEM_WORDS || hasFiniteVerb(p) ? beforeParticiple(p) : p)).map((p) => (wordCount(p) > MAX_ITEM_WORDS ? beforePurpose(p) : p)).map((p) => (hasFiniteVerb(p) ? withoutContactClause(p) : p));
  if (listsOneThing(parts)) return undefined;
  // "will weigh the draft plan, fill a string of vacancies, and give its blessing…": a list of deeds, read as such elsewhere.
  if (parts.slice(1).some(isDeed)) return undefined;
  // "container service at Terminal 6, the Rivergate marine terminal that…": a part that names the
  // one before it again, by its head, is an appositive, not an item.
  const words = (p: string | undefined): string[] => (p ?? "").toLowerCase().split(/\s+/);
  const items = parts.filter((p, k) => !(k > 0 && /^the\s/i.test(p) && words(parts[k - 1]).includes(words(p).at(-1) ?? "")));
  // Without commas, "and" may sit inside an item ("the movement of workers and goods"): two short parts only.
  // Two things each with its own article may run longer: "a pact on nursing workers and a new direct flight route".
  // "coast guard cooperation and direct flights between Koror and Taoyuan": a whole short phrase, then one
  // whose own head is short before its place; "the movement of workers and goods" is one thing.
  const headed = (p: string): boolean => wordCount(p.split(/\s(?:between|from|to|in|for|on|at|with)\s/)[0] ?? p) <= 3;
  const pair =
    items.length === 2 &&
    (items.every((p) => wordCount(p) <= 3) || items.every((p) => /^(?:a|an|the)\s/i.test(p) && wordCount(p) <= 8) || (wordCount(items[0] ?? "") <= 3 && !/\s(?:of|on|for|in|to|with|from)\s/i.test(` ${items[0]} `) && headed(items[1] ?? "") && wordCount(items[1] ?? "") <= 8 && !items.some((p) => hasFiniteVerb(p) || /["”]/.test(p))));
  const listed = object.includes(",") || semicolons ? items.length >= 3 || (items.length === 2 && parts.length === 3) : pair;
  // Items set apart by semicolons may run long; the label keeps their head.
  return listed && items.every((p) => isThing(p, semicolons ? MAX_SEMICOLON_ITEM_WORDS : MAX_ITEM_WORDS)) ? items : undefined;
}

/** What a listed question is about: "whether to keep subsidizing container service" → "container service". */
function thingAsked(part: string): string {
  return (
    part
      .replace(/^(?:the\s+)?(?:issues?|questions?|matters?)\s+of\s+/i, "")
      // "whether to keep subsidizing container service": what is to be decided names the item.
      .replace(/^(?:how|whether) to\s+(?:keep\s+|continue\s+|stop\s+|start\s+)?[\p{L}-]+\s+(?:for\s+|with\s+)?/iu, "")
      // "how far the country should lean on private provision to top up pensions": what a question of
      // degree weighs is its object, without the purpose after it.
      .replace(/^how\s+(?:far|much|heavily|quickly|fast|hard|deeply|widely)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:should|would|will|can|could|must|ought to|is to|are to)\s+[\p{L}-]+\s+(?:(?:on|upon|in|into|to|for|with|from|at)\s+)?(.+?)(?:\s+to\s+\p{L}+\b.*)?$/iu, "$1")
      // "what to do about the growing list of exemptions": what is to be dealt with.
      .replace(/^what\s+(?:to do|should be done|can be done)\s+(?:about|with)\s+/iu, "")
      // "how application fees are to be shared", "who will handle question setting": the thing the question is about.
      .replace(/^(?:how|whether|when|where)\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:is|are|will|would|should|can|could|gets?|get)\b.*$/iu, "$1")
      // "what the reform referendum on the same ballot would change for migrants": the thing whose effect is asked.
      .replace(/^what\s+((?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,6}?[\p{L}-]+)\s+(?:would|will|could|might|may|should|means?|does|do)\b.*$/iu, "$1")
      // "the remittance incentive, and whether the next government will keep the bonus": a question after the item is about it.
      .replace(/,\s+and\s+(?:whether|how|what|why|when|who)\b.*$/iu, "")
  );
}

// "…and a backlog of sugarcane dues owed to growers in Badin, Tando Muhammad Khan and Matiari": names
// listed inside the last item belong to it, not to the list of items.
function withNestedNames(parts: string[]): string[] {
  const name = /^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|al|el|de))*$/u;
  let end = parts.length;
  while (end > 1 && name.test(parts[end - 1] ?? "")) end--;
  if (end === parts.length || end < 1 || !/\b(?:in|at|from|to|of|near|across|between)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(parts[end - 1] ?? "")) return parts;
  return [...parts.slice(0, end - 1), [parts[end - 1], ...parts.slice(end)].join(", ")];
}

const CONTAINER_LISTED = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:package|set|series|raft|bundle|slate|batch|list)\b[^()]{0,80}\(([^()]+,[^()]+)\)/iu;

// A listed thing: a noun phrase, not a clause ("after Indonesia cut imports") or an actor.

const MAX_ITEM_WORDS = 14;
const MAX_SINGLE_WORDS = 6;
const MAX_SEMICOLON_ITEM_WORDS = 20;

function isThing(p: string, maxWords = MAX_ITEM_WORDS): boolean {
  // "for the first time", "give the board access to footage": a phrase of when or a deed is no thing.
  return wordCount(p) <= maxWords && !/^(?:it|them|this|that|these|those|how|what|whether|why|ways?|plans?|not|also|more|other|after|before|when|while|as|because|since|if|though|although)\b|^(?:for|in|on|at|by|with|from|under|during|without)\s/i.test(p) && !isDeed(p) && !isAgentLike(p) && !hasFiniteVerb(p);
}

// "give the city's oversight board access", "raise the levy": a bare verb and its object.
function isDeed(p: string): boolean {
  const [verb, next] = termsOf(p);
  return verb?.tags.includes("Infinitive") === true && !verb.tags.includes("Noun") && ["Determiner", "Possessive", "Pronoun"].some((g) => next?.tags.includes(g));
}

// "On the table: a push for reparations, the war in Sudan, and how to pay for peace operations."
// "Also before the commission: whether to keep…, and an update of the noise programme."
// "Up for a vote when members reconvene: the transit levy, a freeze on parking fees and…"
// "On the board's table next week: a loan for the metro, a climate target and an energy policy".
const COLON_FRAME = /(?:^|[.!]\s+)(?:also\s+)?(?:on (?:the|(?:the\s+)?[\p{L}’'-]+['’]s)\s+(?:table|agenda|docket|cards|menu|plate)(?:\s+(?:next|this)\s+(?:week|month)|\s+(?:today|tomorrow|on \p{Lu}\p{Ll}+day))?|(?:in|on) (?:this|today['’]s|this week['’]s|the latest) (?:issue|edition|episode|newsletter|show|programme|program|podcast)|before (?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:commission|board|council|committee|panel|assembly|court|house|senate|ministers|lawmakers|legislature|talks|summit|meeting|session|trustees|directors|governors|shareholders|members|delegates|councillors|regulators|judges)|up for (?:discussion|debate|a vote|approval|renewal)(?:\s+(?:when|as|once|after|before|at|in)\s+[^:]{1,60})?|at stake|in focus|(?:the\s+)?(?:main\s+|key\s+)?(?:agenda|topics|issues|items|priorities|sticking points))(?:,\s*according to [^:]{1,150})?\s*:\s*(.+)$/iu;

/** A forum things are brought to: talks, a session, a summit, a debate. */
// "The board will meet on Thursday", "Negotiators will sit down again on Friday": a sitting to come, named by its verb.
export const SITTING = new RegExp(String.raw`\b(?:${alt([...FORUMS, "negotiations?", "sitting", "debate", "vote", "review", "consultation", "budget", "assembly", "parliament", "mission"])})s?\b|\b(?:will|to)\s+(?:(?:also|again|first|formally)\s+)?(?:meet|convene|reconvene|sit down|gather)\b|\b(?:meets|convenes|reconvenes|sits)\s+(?:again\s+)?(?:on\s+\p{L}+day|today|tomorrow|tonight|next|this|later)\b`, "iu");

// "a plenum that will weigh the draft plan, fill a string of military vacancies, and give its
// blessing to the call for self-reliance": three or more things a sitting will do, each a verb and
// its object; the objects are the items.
// "give the party's blessing to Xi's call for self-reliance": what is blessed is the item.
const BLESSING = /^(?:(?:the\s+)?[\p{L}’'-]+['’]s\s+|its\s+|their\s+)?(?:blessing|approval|backing|support|endorsement|nod|seal of approval|green light)\s+(?:to|for)\s+/iu;
const WILL_DO = /\b(?:will|would|must|(?:has|have|need|needs|is|are)\s+to|(?:is|are)\s+(?:set|expected|due|likely)\s+to|plans?\s+to)\s+/gi;
// "They will decide whether to raise parking charges, approve a cycling strategy and sell the old
// depot": deeds weighed are a sitting's, whoever "they" are.
const DECIDE_TO = /\b(?:will|to|must|would|are to|is to)\s+(?:decide|consider|vote on|weigh|debate)\s+whether\s+to\s+(.+)$/i;
// "decide whether to back a plan to turn the league professional": the plan is what is decided.
const WHETHER_TO = /^whether\s+to\s+[\p{L}-]+\s+(?=(?:the|a|an|its|their)\s)/iu;
function doneList(sentence: string): string[] | undefined {
  const decided = DECIDE_TO.exec(sentence)?.[1];
  if (decided) return deedsDone(decided);
  if (!SITTING.test(sentence)) return undefined;
  // "…will gather for an assembly at which they must choose A, approve B and decide whether to back a
  // plan to turn C": the list follows one of its modals, the last that gives one.
  for (const m of [...sentence.matchAll(WILL_DO)].reverse()) {
    const deeds = deedsDone(sentence.slice((m.index ?? 0) + m[0].length));
    if (deeds) return deeds;
  }
  return undefined;
}

const ELECTS = /^(?:elect|choose|appoint|name|pick|select|confirm)$/i;
function deedsDone(after: string): string[] | undefined {
  const list = withoutAsides(withoutAttribution(after)).replace(/\s+(?:as|while|because|after|before|amid)\s+.*$/i, "");
  // "would send representatives to the meeting and demand a guarantee on noise and support funds":
  // without commas, "and" may join two verbs or two nouns alike; three deeds are set apart by commas.
  const parts = list.includes(",") ? splitList(list) : [];
  if (parts.length < 3) return undefined;
  const objects = parts.map((p) => {
    // Each deed read as the sitting "will" do it, so that "review the steel structures" is a verb and its object.
    const first = termsOf(`will ${p}`)[1];
    if (!first?.tags.includes("Verb") || ["PastTense", "Gerund", "Noun"].some((g) => first.tags.includes(g))) return undefined;
    const object = beforeParticiple(withoutContactClause(p.slice(first.start - "will ".length + first.text.length)).replace(/^\s*(?:up|out|on|off|through|over)\s+/i, "").trim().replace(BLESSING, "").replace(WHETHER_TO, ""));
    // "choose a new president": the post to be filled is on the table, though a person will fill it.
    return isThing(object) || (ELECTS.test(first.text) && wordCount(object) <= MAX_SINGLE_WORDS && !/^(?:him|her|them|it)$/i.test(object)) ? object : undefined;
  });
  return objects.every((o): o is string => o !== undefined && o !== "") ? objects : undefined;
}
