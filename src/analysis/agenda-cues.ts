// How a sentence says "this is on the table". Three shapes, each built from small word lists:
//   frame first — "At the top of the agenda is likely to be security", "Another crucial issue … is X"
//   topic first — "Economic resilience is also expected to feature prominently", "Wages are the first
//                 demand", "Fiscal policy was the second", "Semiconductors are at the heart of the talks"
//   a list      — "The agenda now turns to financing … and to the tariffs"
// compromise finds where the subject ends (the first verb); the lists below judge what follows.
import nlp from "compromise";

export type CueShape = "frame" | "topic" | "list";

export interface Cue {
  shape: CueShape;
  /** The raw text naming each topic, before it is made a label. */
  topics: string[];
}

const alt = (words: string[]): string => `(?:${words.join("|")})`;

const FRAME_NOUNS = alt([
  "issues?", "items?", "topics?", "questions?", "priorit(?:y|ies)", "concerns?", "matters?", "themes?", "areas?",
  "sticking points?", "points?", "challenges?", "subjects?", "focus", "tests?", "flashpoints?", "irritants?",
  "demands?", "requests?", "asks?", "backdrop", "order of business", "bone of contention", "battleground", "hurdles?", "risks?",
]);
const ORDINALS = alt(["first", "second", "third", "fourth", "fifth", "next", "last", "final", "other", "main", "biggest", "hardest", "thorniest", "toughest", "trickiest", "key", "central", "crucial", "major", "unspoken", "most \\w+"]);
const COPULA = alt(["is", "are", "was", "were", "remains?", "remained", "will be", "would be", "could be", "may be", "might be", "looks set to be", "is likely to be", "are likely to be"]);
const AGENDA = alt(["agenda", "list", "talks", "negotiations", "discussions", "summit", "meeting", "visit", "dispute", "debate", "review", "deal"]);
const HEART = alt(["top", "heart", "centre", "center", "core", "forefront", "front"]);
const CUE_VERBS = alt([
  "features?", "figures?", "looms?", "hovers?", "dominates?", "tops?", "overshadows?", "headlines?", "hangs? over", "weighs? on",
  "lingers?", "casts? a shadow", "(?:comes?|came) (?:first|second|third|fourth|next|last|up)", "rounds? out", "rounded out",
  "completes?", "completed", "follows?", "followed", "(?:is|are) (?:also )?(?:covered|included)", "makes? up the", "made up the", "leads? the list", "be discussed", "be raised",
]);
const LEAD_IN = String.raw`(?:(?:but|and|yet|meanwhile|finally|lastly|also|then|still|beyond that|on top of that),?\s+)?`;

// "At the top of the agenda for that review is revenue", "Another crucial issue both sides may work on is X"
const FRAME = new RegExp(
  String.raw`^${LEAD_IN}(?:(?:at the )?${HEART} of (?:the |their |his |her |its )?(?:[\p{L}’'.-]+\s+){0,2}${AGENDA}|(?:also |high |first )?on the (?:agenda|table|list)|(?:another|one|yet another|a further)\s+(?:[\p{L}’'-]+\s+){0,2}${FRAME_NOUNS}\b|(?:the|a)\s+(?:[\p{L}’'-]+\s+){1,2}${FRAME_NOUNS}\b|then there|there(?=\s+(?:is|are|will be|remains)\s+also\b))(?:\s+[\p{L}’'-]+){0,8}?\s+${COPULA}\s+(?:also\s+)?(?:(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+)?(.+)$`,
  "iu",
);

// What follows a sentence's subject when the subject is the item.
const TOPIC_PREDICATE = new RegExp(
  String.raw`^(?:(?:also|again|still|likely|expected|set|certain|bound|sure|going|to|be|is|are|was|were|will|would|could|may|might|remain|remains|how)\s+){0,6}?(?:${CUE_VERBS}\b|${COPULA}\s+(?:also\s+|again\s+|still\s+)?(?:(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${FRAME_NOUNS}\b|${ORDINALS}(?:[.,;]?$|\s+of\b(?!\s+its\s+kind)))|(?:firmly |high |also )?on the (?:agenda|table|list)\b|at the ${HEART} of\b))`,
  "iu",
);

const LIST = new RegExp(
  String.raw`\b(?:agenda|talks|discussions|negotiations|meeting|summit|focus)\b(?:\s+[\p{L}’']+){0,3}?\s+(?:now\s+)?(?:turns?|turned|shifts?|moves?|focus(?:es)?|centres?|centers?|covers?|includes?|(?:will|would|is expected to|are expected to|is likely to|are likely to|is set to|are set to)\s+(?:turn|shift|move|focus|centre|center|cover|include))\s+(?:to|on|around)\s+(.+)$`,
  "iu",
);

const NOT_A_TOPIC = /^(?:it|this|that|these|those|they|he|she|we|there|here|both|what|officials?|analysts?|the (?:two )?(?:leaders?|sides?|governments?|countries|ministers?|delegations?|officials))\b/i;

/** The cue a paragraph's opening sentence carries, if it carries one. */
export function readCue(sentence: string): Cue | undefined {
  const s = sentence.replace(/\*\*/g, "").trim();
  const list = LIST.exec(s);
  if (list?.[1]) return { shape: "list", topics: splitList(list[1]) };
  const frame = FRAME.exec(s);
  if (frame?.[1]) return { shape: "frame", topics: [frame[1]] };
  const subject = subjectOf(s);
  if (!subject || NOT_A_TOPIC.test(subject)) return undefined;
  const predicate = s.slice(s.indexOf(subject) + subject.length).replace(/^[\s,]+(?:(?:however|too|meanwhile|though|in turn),?\s+)?/i, "");
  return TOPIC_PREDICATE.test(predicate) ? { shape: "topic", topics: splitSubject(subject) } : undefined;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number };
}

const MAX_SUBJECT_WORDS = 7;

// The words before the sentence's main verb: its first copula or modal when one comes early
// ("Chinese export curbs on rare earths are…"), else its first verb after the first word.
function subjectOf(sentence: string): string | undefined {
  const terms = (nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]).flatMap((t) => t.terms);
  const copula = terms.findIndex((t, i) => i > 0 && i <= MAX_SUBJECT_WORDS && ["Copula", "Modal", "Auxiliary"].some((g) => t.tags.includes(g)));
  const verb = copula > 0 ? copula : terms.findIndex((t, i) => i > 0 && t.tags.includes("Verb") && !t.tags.includes("Gerund") && !t.tags.includes("Participle"));
  const start = terms[verb]?.offset.start;
  if (verb < 1 || start === undefined) return undefined;
  const subject = sentence.slice(0, start).replace(/[\s,]+(?:however|too|meanwhile|though|also|in turn)?[\s,]*$/i, "").trim();
  const words = subject.split(/\s+/).length;
  return words >= 1 && words <= MAX_SUBJECT_WORDS && !/[.;:!?]/.test(subject) ? subject : undefined;
}

// "Steel and textiles" are two items; "Trade and investment flows" stays one when a part is long.
function splitSubject(subject: string): string[] {
  const parts = subject.split(/\s*,\s*|\s+and\s+/).filter((p) => p !== "");
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 2) ? parts : [subject];
}

// "financing for the dam and to the tariffs" → ["financing for the dam", "the tariffs"]
function splitList(rest: string): string[] {
  return rest
    .replace(/[.;:!?]+$/, "")
    .split(/,\s*(?:and\s+|as well as\s+)?(?:to\s+|on\s+)?|\s+(?:and|as well as)\s+(?:to\s+|on\s+)?/i)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}
