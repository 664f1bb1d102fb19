// How a sentence says "this is on the table". Three shapes, each with its own small lexicon:
//   frame first   — "At the top of the agenda is likely to be security", "Another crucial issue … is X"
//   topic first   — "Economic resilience is also expected to feature prominently", "History will hover over the talks"
//   a list        — "The agenda now turns to financing … and to the tariffs"
import nlp from "compromise";

export type CueShape = "frame" | "topic" | "list";

export interface Cue {
  shape: CueShape;
  /** The raw text naming each topic, before it is made a label. */
  topics: string[];
}

const LEAD_IN = String.raw`(?:(?:but|and|yet|meanwhile|finally|lastly|also|then|still|beyond that|on top of that),?\s+)?`;
const FRAME_NOUN = String.raw`(?:issue|item|topic|question|priority|concern|matter|theme|area|sticking point|point|challenge|subject|focus|test|flashpoint|irritant|dossier)`;
const FRAME = new RegExp(
  String.raw`^${LEAD_IN}(?:(?:at the )?top of (?:the|their|his|her) agenda|(?:also |high )?on the (?:agenda|table)|(?:another|the|a|one|yet another|a further)\s+(?:[\p{L}’'-]+\s+){0,2}${FRAME_NOUN}s?\b(?:\s+[\p{L}’'-]+){0,8}?|then there|there)\s+(?:is|are|will be|would be|remains|could be|may be)\s+(?:also\s+)?(?:(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+)?(.+)$`,
  "iu",
);

// Verbs and phrases that, right after a sentence's subject, put that subject on the table.
const TOPIC_CUE = /^(?:[\p{L}’']+\s+){0,6}?(?:feature|features|figure|figures|loom|looms|hover|hovers|hang over|hangs over|weigh on|weighs on|linger|lingers|cast a shadow|casts a shadow|dominate|dominates|top|tops|overshadow|overshadows|headline|headlines|come first|comes first|be on the (?:agenda|table)|(?:is|are|remains?) (?:also |high |firmly )?on the (?:agenda|table)|be discussed|be raised|be (?:a|another) (?:key |major |central |main |big )?(?:focus|topic|theme|issue|priority)|come up)\b/iu;

const LIST = /\b(?:agenda|talks|discussions|negotiations|meeting|summit|focus)\b(?:\s+[\p{L}’']+){0,3}?\s+(?:now\s+)?(?:turns?|turned|shifts?|moves?|focus(?:es)?|centres?|centers?|covers?|includes?|(?:will|would|is expected to|are expected to|is likely to|are likely to|is set to|are set to)\s+(?:turn|shift|move|focus|centre|center|cover|include))\s+(?:to|on|around)\s+(.+)$/iu;

const NOT_A_TOPIC = /^(?:it|this|that|these|those|they|he|she|we|there|here|both|officials?|the (?:two )?(?:leaders?|sides?|governments?|countries|ministers?|delegations?))\b/i;

/** The cue a paragraph's opening sentence carries, if it carries one. */
export function readCue(sentence: string): Cue | undefined {
  const s = sentence.replace(/\*\*/g, "").trim();
  const list = LIST.exec(s);
  if (list?.[1]) return { shape: "list", topics: splitList(list[1]) };
  const frame = FRAME.exec(s);
  if (frame?.[1]) return { shape: "frame", topics: [frame[1]] };
  const subject = subjectOf(s);
  if (subject && !NOT_A_TOPIC.test(subject) && TOPIC_CUE.test(s.slice(subject.length).replace(/^[\s,]+/, "").replace(/^(?:however|too|meanwhile),?\s+/i, ""))) {
    return { shape: "topic", topics: [subject] };
  }
  return undefined;
}

// The words before the sentence's first verb: "Economic resilience", "History".
function subjectOf(sentence: string): string | undefined {
  const verb = nlp(sentence).verbs().first().json({ offset: true }) as { offset: { start: number } }[];
  const start = verb[0]?.offset.start;
  if (start === undefined || start === 0) return undefined;
  const subject = sentence.slice(0, start).replace(/[\s,]+(?:however|too|meanwhile|though|also)?[\s,]*$/i, "").trim();
  const words = subject.split(/\s+/).length;
  return words >= 1 && words <= 6 && !/[.;:!?]/.test(subject) ? subject : undefined;
}

// "financing for the dam and to the tariffs" → ["financing for the dam", "the tariffs"]
function splitList(rest: string): string[] {
  return rest
    .replace(/[.;:!?]+$/, "")
    .split(/,\s*(?:and\s+|as well as\s+)?(?:to\s+|on\s+)?|\s+(?:and|as well as)\s+(?:to\s+|on\s+)?/i)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}
