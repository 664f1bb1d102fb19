// Sentence boundaries (compromise knows "Jan. 4" and "U.S." do not end a sentence) and
// word-budget clipping shared by the summary and the agenda.
import nlp from "compromise";

// Every reader of a brief (agenda shapes, summary, events) splits the same paragraphs: split each
// once. Bounded, so a long-running service does not keep every paragraph it ever read.
const split = new Map<string, readonly string[]>();
const MAX_CACHED = 4000;

const SPACELESS_STOP = /[。！？]/u;
const sentenceSegmenter = new Intl.Segmenter("und", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });
// Scripts written without spaces between words.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words as a reader counts them, in any script: "한국은행은 12일" is two, "中国国务院批准" several. */
export function wordsIn(text: string): number {
  if (!SPACELESS.test(text)) return wordCount(text);
  let n = 0;
  for (const w of wordSegmenter.segment(text)) if (w.isWordLike) n++;
  return n;
}

/** The sentences of a paragraph, trimmed. */
export function sentences(paragraph: string): string[] {
  if (paragraph.trim() === "") return [];
  let found = split.get(paragraph);
  if (!found) {
    // Chinese and Japanese end a sentence on "。" with no space after it, which compromise does not split.
    const parts = SPACELESS_STOP.test(paragraph) ? [...sentenceSegmenter.segment(paragraph)].map((x) => x.segment) : (nlp(paragraph).sentences().out("array") as string[]);
    found = parts.map((s) => s.trim()).filter((s) => s !== "");
    if (split.size >= MAX_CACHED) split.delete(split.keys().next().value as string);
    split.set(paragraph, found);
  }
  return [...found];
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// Where a long sentence can be cut and still read as one: before a clause, after a comma or dash.
const CLAUSE_START = /^(that|which|who|while|as|after|before|because|but|although|though|when|where|whereas|with|amid|despite|since|if|weighing|raising|adding|saying|including)$/i;
// A sentence this much over the budget is still kept whole: "~30 words" is a guide, not a guillotine.
const SLACK = 2;
const FUNCTION_WORD = /^(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|its|their|his|her|our|that|than|as|into|over)$/i;

/** A sentence of at most ~`max` words, whole when it fits; a longer one is cut at its best clause break, with "…". */
export function clipSentence(sentence: string, max = 30): string {
  if (SPACELESS.test(sentence)) return clipSpaceless(sentence.trim(), max);
  const ws = sentence.trim().split(/\s+/);
  if (ws.length <= max + SLACK) return sentence.trim();
  const min = Math.floor(max / 2);
  const cut = (i: number): string => {
    let end = i;
    // A clipped line never ends on "a", "of" or "the".
    while (end > min && FUNCTION_WORD.test(ws[end - 1] ?? "")) end--;
    return `${ws.slice(0, end).join(" ").replace(/[\s,;:–—-]+$/u, "")}…`;
  };
  const ends = (i: number, re: RegExp): boolean => re.test(ws[i - 1] ?? "");
  const next = (i: number): string => ws[i] ?? "";
  // Best first: a semicolon, colon or dash; a comma before a new clause ("…, while…", "…, and the…");
  // a clause word; any comma — but never a comma that opens an aside ("with Malaysia, the host…").
  const breaks: ((i: number) => boolean)[] = [
    (i) => ends(i, /[;:–—]$/) || next(i) === "–" || next(i) === "—",
    (i) => ends(i, /,$/) && (CLAUSE_START.test(next(i)) || /^(?:and|but|yet|so)$/i.test(next(i))),
    (i) => CLAUSE_START.test(next(i)),
    (i) => ends(i, /,$/) && !/^(?:the|a|an|its|his|her|their)$/i.test(next(i)),
  ];
  for (const isBreak of breaks) for (let i = max; i >= min; i--) if (isBreak(i)) return cut(i);
  return cut(max);
}

// A sentence in a script without spaces is cut by its words as the segmenter finds them, at a comma
// ("，", "、") where one falls in the second half.
function clipSpaceless(sentence: string, max: number): string {
  const words = [...wordSegmenter.segment(sentence)];
  let count = 0;
  let end = sentence.length;
  for (const w of words) {
    if (w.isWordLike) count++;
    if (count > max + SLACK) {
      end = w.index;
      break;
    }
  }
  if (end === sentence.length) return sentence;
  const head = sentence.slice(0, end);
  const comma = Math.max(head.lastIndexOf("，"), head.lastIndexOf("、"), head.lastIndexOf(","));
  return `${(comma > end / 2 ? head.slice(0, comma) : head).replace(/[\s,，、;；:：]+$/u, "")}…`;
}

/** First letter upper-cased, the rest as written ("China’s economic slowdown"). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The marks a bulleted list opens its entries with. */
// A post's bullets may be emoji ("🔹 National building code → …").
export const LIST_MARK = "(?:[-–•*▪◦·►▸‣⁃■◆➤➢✓✔]|🔹|🔸|🔷|🔶|▶️?|➡️?|✅|☑️?|👉)";
const OPENING_MARK = new RegExp(String.raw`^\s*(?:${LIST_MARK}|\d{1,2}[.)])\s+`, "u");
/** A list item's text without its mark ("• Tariffs" → "Tariffs", "2. Financing" → "Financing"), for what a reader sees. */
export const withoutListMark = (s: string): string => s.replace(OPENING_MARK, "");

/** "the royalty share itself" → "the royalty share": an emphatic reflexive is no part of a name. */
export function withoutReflexive(text: string): string {
  return text.replace(/\s+(?:itself|themselves)(?=[\s,.;:!?]|$)/giu, "");
}

/**
 * Words that talk to the reader ("Dates for your diary", "What we're watching") or ask it to act
 * ("Become a member for ad-free episodes", "Subscribe") belong to the page, not to an item; so do
 * words about the page's own parts ("Links mentioned in the episode are in the transcript"). "us"
 * counts only in lower case: "US tariffs" names a country.
 */
export const addressesReader = (phrase: string): boolean =>
  /\b(?:you|your|yours|we|we['’]re|our)\b/i.test(phrase) || /\bus\b/.test(phrase) || /(?:^|[.!?]\s+)(?:become a (?:member|subscriber|supporter|patron)|subscribe|unsubscribe|opt out|sign up|support (?:our|this)|donate|follow|write to|email (?:us|your|them|it)|get in touch|send (?:in )?(?:us|your)|(?:have|got) (?:a |any )?questions?)\b/i.test(phrase) || PAGE_PART.test(phrase);
const PAGE_PART = /^(?:the\s+)?(?:links?|transcript|show notes|full transcript|photos?|images?|comments?|credits|related (?:stories|links|coverage)|(?:meeting |board |background )?(?:papers|documents|materials|slides))\b(?:\s+(?:mentioned|referred to|cited|discussed|used|shown)\b[^.!?]*)?\s+(?:is|are|can be|will be)\s+(?:in|on|at|below|above|available|found|linked)\b/i;

// The fields and headings of a notice or a press release ("Location:", "Actions to Take:", "Chair:",
// "Submissions", "Public hearings") and a bold dateline are the page's structure, not items. A field's
// word stands alone or before its colon: "Chair election" is an item. A review's too: "Verdict:", "Score:".
const FORM_FIELD = /^(?:(?:location|event|date|time|venue|contact|(?:deputy |vice[- ])?chair(?:man|woman|person)?|secretary|assistance|actions? to take|background|summary|context|tel|telephone|email|phone|address|website|media contact|notes? to editors?|ends|present|absent|apologies|in attendance|next meeting|verdict|score|rating|pros|cons|price|specs|specifications|bottom line|tl;?dr|our take|the good|the bad)(?:\s*:|\s*$|\s+(?:and|&|\/)\s)|(?:when|where|what|who|why|how)\b)/i;
// A press release's, an earnings call's and a policy paper's furniture too: "Forward-looking
// statements", "Prepared remarks", "Q&A", "Recommendations"; and a minute's: "Present", "Other business".
const NOTICE_HEADING = /^(?:submissions|logistics|practical (?:information|details)|getting there|venue|registration|public hearings?|hearings|terms of reference|enquiries|inquiries|further information|more information|how to (?:apply|submit|register|take part|get involved)|key dates|forward[- ]looking statements?|safe harbou?r(?: statement)?|disclaimer|cautionary (?:statement|note)|about (?:the company|us)|(?:prepared|opening|closing) remarks|q\s*(?:&|and)\s*a|questions? and answers?|question[- ]and[- ]answer session|transcript|operator|recommendations?|conclusions?|(?:key )?findings|introduction|overview|methodology|references|acknowledge?ments|(?:any )?other business|aob|matters (?:considered|arising|discussed)|apologies(?: for absence)?|in attendance|present|absent|attendance|quorum|declarations? of interests?|next meeting|(?:approval of )?(?:the )?minutes(?: of the (?:previous|last) meeting)?|agenda|(?:(?:section|members?['’]?|club|chapter|branch|society|association|community|staff|team|our|local|other)\s+)?news|news in brief|(?:dates for (?:the|your) )?diary|(?:upcoming |forthcoming )?events|announcements|notices|corrections|letters(?: to the editor)?|documents|downloads|resources|(?:background |meeting |conference )?(?:papers|documents|materials)|contacts?|(?:media|press) (?:contacts?|enquiries|inquiries)|speakers|partners|sponsors|organi[sz]ers|programme|program|schedule|(?:related|further) reading|see also)$/i;
// The business every meeting opens and closes with: "Welcome, apologies for absence and confirmation
// of quorum", "Minutes of the meeting held on 31 July", "Chief Executive's report", "Date of next meeting";
// and a programme's: "Intro", "Listener questions".
const PROCEDURE = /^(?:welcome\b|apologies\b|declarations? of interests?\b|(?:approval of |confirmation of )?(?:the )?minutes of\b|matters arising\b|(?:the\s+)?(?:chief executive|chair|chairman|chairperson|president|secretary|treasurer|director)['’]s? (?:report|update|remarks)\b|(?:any|all) other business\b|date (?:and venue )?of (?:the )?next meeting\b|questions from (?:the public|members)\b|close of (?:the )?meeting\b|closing remarks\b|opening remarks\b|public (?:testimony|comments?|participation|question time)\b|formalities\b|housekeeping\b|procedural (?:matters|business)\b|(?:intro|introduction|outro|credits|mailbag|wrap-?up|sign-?off|(?:listener|reader|audience)s?['’]?\s+(?:questions|mail|mailbag|q\s*&\s*a))$)/i;
const OFF_TABLE = /\b(?:(?:is|are|was|were)\s+not\s+(?:on the (?:table|agenda)|up for (?:debate|discussion|a vote))|off the (?:table|agenda))\b/i;
/**
 * "Recall — The mass recall votes failed. They are not on the table this week": a paragraph that says
 * its own thing is off the table, by a pronoun or by the thing's name; "Officials say rice is off the
 * table" in a paragraph about beef says it of something else.
 */
export function saysOffTable(paragraph: string, thing: string): boolean {
  const head = thing.toLowerCase().replace(/^(?:the|a|an)\s+/, "").split(/\s+/)[0] ?? "";
  return sentences(paragraph).some((s) => OFF_TABLE.test(s) && (/^(?:it|they|this|these|that|those|neither|none)\b/i.test(s) || (head.length > 2 && s.toLowerCase().includes(head))));
}

/** "S26/29 Apologies" → "Apologies": a minute's number is its filing, not its subject. */
export const withoutMinuteNumber = (head: string): string => head.replace(/^(?:[A-Z]{1,4}\s?)?\d{1,4}[/.]\d{1,4}[a-z]?\s+(?=\p{L})/u, "");
export const isProcedure = (phrase: string): boolean => PROCEDURE.test(phrase.trim().replace(/^the\s+/i, ""));

/** The names a list holds two or more times: a speaker opens turn after turn, an item is named once. */
export function namedTwice(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) (seen.has(name) ? twice : seen).add(name);
  return twice;
}
export const isFormField = (phrase: string): boolean => FORM_FIELD.test(phrase) || NOTICE_HEADING.test(phrase.trim());

/** "Thu Nov 13", "Friday 31 October 2025", "Later this week": a phrase that only says when. */
export function saysOnlyWhen(phrase: string): boolean {
  const terms = nlp(phrase).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const dated = (t: (typeof terms)[number]): boolean => (t.terms[0]?.tags.some((g) => g === "Date" || g === "Value" || g === "Duration") ?? false) || WEEKDAY_SHORT.test(t.text.replace(/[,;:]+$/, ""));
  return terms.some(dated) && terms.every((t) => dated(t) || TIME_WORD.test(t.text));
}
// compromise does not know "Thu" for Thursday.
const WEEKDAY_SHORT = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
// "on Monday morning": a part of the day says when too.
const TIME_WORD = /^(?:later|earlier|early|late|mid|next|this|last|by|from|until|till|to|on|the|of|and|morning|afternoon|evening|night|[–—-])$/i;
