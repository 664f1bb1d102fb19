// An agenda item's label: the topic in 1–4 words, cut from the raw phrase a cue or a list gave
// ("the ban on copper concentrate exports, which…" → "Ban on concentrate exports").
import nlp from "compromise";
import { termsOf } from "./pos.ts";
import { hasVerb, isAgentLike, nameQualifies } from "./phrases.ts";
import { gazetteer, placeKey } from "./gazetteer.ts";
import { capitalise, saysOnlyWhen, withoutListMark, withoutReflexive, wordCount } from "./text.ts";

export const MAX_LABEL_WORDS = 4;

// Determiners and framing words in front of the topic itself.
// Amounts are how much, not what: "a £3.25 billion equity injection" is an equity injection, and
// "a 300 billion won share buyback" a share buyback.
const CURRENCY = String.raw`(?:won|yen|yuan|renminbi|rupees?|rupiah|baht|dong|pesos?|ringgit|dollars?|euros?|pounds?|francs?|reais|rand|shillings?|naira|riyals?|dirhams?|lira|kronor|krona|roubles?|rubles?|taka|kyats?|tenge|riel|kip|crore|lakh)\b`;
// "about", "more than", "at least": how close an amount is, before it.
const ROUGHLY = String.raw`(?:about|around|roughly|some|nearly|almost|over|more than|up to|at least)`;
const AMOUNT = String.raw`(?:${ROUGHLY}\s+)?(?:(?:US|S|A|C|HK|NZ|NT)?[£$€¥₹]|Rs\.?\s?|RM\s?)?\d[\d.,]*\s*(?:%|percent|per cent|billion|million|trillion|bn|m|tonnes|tons)?(?:\s+${CURRENCY})?\s+`;
const AMOUNT_OF = new RegExp(String.raw`(?<=^|\s)(?:some\s+)?${AMOUNT}(?:in|of|worth of)\s+`, "i");
// "next year's central government budget": when it is for says which year, not what.
const LEADING = new RegExp(String.raw`^(?:${AMOUNT}|(?:next|this|last|the coming)\s+(?:year|month|week|season)['’]s\s+|(?:and|or|but|plus|then|next|finally|lastly)\s+|(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+|the\s+(?:question|issue|matter|subject|thorny issue|vexed question)\s+of\s+|(?:the|a|an|another|its|their|his|her|our|this|that|these|those|both\s+sides[’']?|so-called|growing|renewed|ongoing|continued|perennial|more|further|extra|additional)\s+)+`, "i");
// "a performance bonus equal to 30 percent": an adjective after the noun says how much.
const CUT = /\s*(?:,(?!\s+\p{Ll}{3,}ly\s)|[;:()]|\s(?:equal|equivalent|worth|similar|comparable|pegged|tied|linked)\s+to\b|\s[–—]|[–—]\s|\s-\s|\b(?:and|or|as well as|which|who|whether|amid|as|while|because|after|before|if|when|given)\b|\bso\s+(?=(?:that|the|a|an|they|it|he|she|we|\p{Ll}{3,}s)\b)|(?<!\b(?:of|on|for|in|to|with|at|by|from|over|about)\s)\bthat\b|(?<=\p{L}+\s+[\p{L}-]+)\s+with\s+(?:the|a|an|its|their|his|her)\b).*$/iu;
const CLAUSE_TAIL = /(?:(?<!\b(?:of|in|on|for|to|with|at|by|from|over|about))\s+(?:the|a|an|its|their)\s+[\p{L}-]+|\s+\p{Lu}[\p{L}-]*)?\s+(?:will|would|can|could|must|should|might|may)\b.*$/u;
const WHEN_TAIL = /\s+(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter|season)$|\s+in\s+(?:19|20)\d\d$|\s+(?:during|over|through|in)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall|monsoon|dry season|wet season|harvest|season)(?:\s+months)?$/i;
const PAIR = /^[\p{L}-]+ and [\p{L}-]+(?: [\p{L}-]+)?$/u;
const PREPOSITIONS = "of|for|over|in|on|at|between|to|from|into|under|against|about|by|among|across|with|above|below|near|along|around|beyond|within|through";
const PREPOSITION = new RegExp(String.raw`\s+\b(${PREPOSITIONS})\s+`, "i");
// A head noun that is itself a topic: an activity or an abstract noun ("financing", "compensation", "security").
const SELF_NAMING = /^\p{L}+(?:ing|tion|sion|ment|ance|ence|ity|ism)$/iu;
const PROCESS_HEAD = /^(?:update|review|overhaul|revision|renewal|extension|rewrite|future|fate|status)$/i;
// A head that names the paper a thing is written in: "amendments to the Law on Enterprises", "a draft
// resolution on the international financial centre".
const DOCUMENT_HEAD = /^(?:amendments?|changes|draft|bill|resolution|decree|regulations?|ordinance|motion|proposals?)$/i;
// Heads that say only that someone tries or means to do a thing.
const ATTEMPT_HEAD = /^(?:push|pushes|bid|bids|effort|efforts|drive|attempt|attempts|move|moves|campaign|plan|plans|proposal|proposals|pledge|promise|commitment)$/i;
const PREPOSITION_TAIL = new RegExp(String.raw`\s+\b(?:${PREPOSITIONS})\b.*$`, "i");

// "and" inside a name ("the Food and Drug Administration") does not end the phrase; case matters
// here, which CUT's flags cannot say.
const NAME_AND = /(\p{Lu}[\p{L}.]*) and (?=\p{Lu}[\p{L}.]*\s+\p{Lu})/gu;
const IN_NAME = "\uE000";
const cut = (label: string): string => label.replace(NAME_AND, `$1 ${IN_NAME} `).replace(CUT, "").replaceAll(IN_NAME, "and");

/** "China’s economic slowdown and its growing assertiveness, weighing…" → "China’s economic slowdown". */
export function labelOf(topic: string): string | undefined {
  // A quotation is someone's words, never a topic's name.
  if (/^\s*["“‘«]/.test(topic)) return undefined;
  // "settling some $1.8 billion in payment arrears": an amount says how much, not what.
  // "Re-election of directors Mr. Tan Wei Ming": a title opens a name, and a name is no part of a topic.
  // "Session 1 — Spectrum pricing": a programme's slot number says when, its name what.
  // "Wednesday: Thailand's budget debate": a week-ahead heading's day says when, the rest what.
  const dayHeaded = /^([^:]{2,30}):\s+(\S.*)$/u.exec(topic);
  const what = dayHeaded?.[1] && dayHeaded[2] && saysOnlyWhen(dayHeaded[1]) ? dayHeaded[2] : topic;
  let label = withoutListMark(what.replace(/\*\*/g, "").replace(/\s+(?:Mr|Ms|Mrs|Dr|Mdm|Madam|Prof|Sir|Dame)\.?\s+\p{Lu}.*$/u, "")).replace(SLOT, "").replace(/[.!?]+$/, "").trim().replace(AMOUNT_OF, "").replace(LEADING, "");
  // "Direct flights between Nauru and Taipei": between which places says where, not what.
  const between = label.replace(/\s+between\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,|\s+and)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u, "");
  if (between !== label && wordCount(between) >= 2) label = between;
  // "the transit tariff Mongolia will collect", "how the construction will be financed": the noun
  // phrase before the clause's own verb.
  // "how strict the rules of origin should be" → "rules of origin".
  // "how quickly energy storage orders can replace lost EV volumes" → "energy storage orders".
  // "whether lithium iron phosphate production at the Michigan plant is on schedule" → its subject.
  const question = /^(?:how|whether)\s+(?:(?:much|many|strict|far|fast|quickly|soon|big|high|deep|long)\s+)?(?=(?:the|a|an|its|their)\s|(?:[\p{L}’'-]+\s+){1,10}?(?:will|would|can|could|must|should|might|may|is|are)\s)/iu;
  const asked = question.test(label);
  label = withoutContactRelative(label.replace(question, "").replace(LEADING, "").replace(CLAUSE_TAIL, ""));
  if (asked) label = label.replace(/\s+(?:is|are)\s.*$/i, "");
  // "whether Indian exporters can be shielded from…": who a question is about is not what is at stake.
  if (asked && isAgentLike(label)) return undefined;
  // "a request to the government for a new working capital fund": what is asked for names the item.
  label = label.replace(/^(?:request|call|appeal|application|petition|plea)s?\s+to\s+(?:the\s+)?[\p{L}’' -]{2,40}?\s+for\s+(?=\S)/iu, "").replace(LEADING, "");
  // "Whether to close the maternity ward at night" → "Closing maternity ward": the deed weighed names it.
  const weighed = /^(?:whether|how)\s+to\s+(.+)$/i.exec(label)?.[1];
  if (weighed) label = attempted(weighed) ?? label;
  // "splitting it into two sittings": a pronoun after the action points back; where it goes names the item.
  label = label.replace(/^(\p{L}+ing)\s+(?:it|them)\s+(?=(?:into|to|as|from|across|over|between)\s)/iu, "$1 ");
  // "Any related matters", "Any other business": a list's catch-all names nothing.
  if (isProgrammeSlot(label) || /^(?:any|all)\s+(?:other|related|further|incidental)\s+(?:matters?|business|issues?|questions?)$/i.test(label)) return undefined;
  // "Steel and aluminium" is one topic; "China's slowdown and its assertiveness" is cut at "and".
  if (PAIR.test(label)) return capitalise(label);
  // "the night-shift premium cut last year": when says nothing of what.
  label = withoutReflexive(beforeParticiple(cut(label))).replace(/\s+(?:alone|too)$/i, "").replace(WHEN_TAIL, "").trim();
  // "Xi Jinping's call for technological self-reliance": when the label runs long, whose it is goes first.
  // Only before a head and its complement ("call for…", "bid to…"), not before a name ("Chile's state miner Codelco").
  if (wordCount(label) > MAX_LABEL_WORDS) label = label.replace(/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{L}+['’]s\s+(?=\p{Ll}[\p{L}-]*\s+(?:for|of|to|on|over|against)\s)/u, "");
  // "Annual budget for fiscal year 2082/83": which year's says when, not what.
  if (wordCount(label) > MAX_LABEL_WORDS) label = label.replace(/\s+(?:for|in)\s+(?:the\s+)?(?:(?:fiscal|financial|budget|calendar|academic|school|tax)\s+)?(?:years?\s+)?(?:FY\s?)?\d{2,4}(?:\s*[/–-]\s*\d{2,4})?(?:\s+(?:fiscal|financial|academic|school|budget|calendar|tax)\s+year)?$/iu, "");
  if (wordCount(label) > MAX_LABEL_WORDS) label = shorten(label);
  // "reopening a theater-level crisis hotline": when the action runs long, its object names the item.
  if (wordCount(label) > MAX_LABEL_WORDS) label = label.replace(/^\p{L}+ing\s+(?:the|a|an|its|their)\s+/iu, "");
  // "new 400 kV transmission line", "new 10-year dining contract": a measure says how big or how long, not what.
  if (wordCount(label) > MAX_LABEL_WORDS) label = label.replace(/\s*\b\d[\d.,]*(?:-\p{L}+\b|\s*(?:\p{L}{1,3}\b)?)/gu, "").trim();
  // "separate, heavily subsidised occupational pensions": the first of two describing words goes, and
  // when it still runs long, the words that only describe it.
  label = label.replace(/^[\p{L}-]+,\s+(?=\p{Ll}{3,}ly\s)/u, "");
  if (wordCount(label) > MAX_LABEL_WORDS) label = withoutLeadingModifiers(label);
  // "ASEAN's Digital Economy Framework Agreement", "the government's proposed investment screening
  // powers": when nothing else fits, whose it is goes.
  // Not a clause ("Iraq's economy depends almost entirely…") nor a common noun set before a name ("Chile's state copper miner Codelco").
  const owned = /^(?:\p{L}[\p{L}.-]*\s+){0,2}\p{L}+['’]s\s+(\S.*)$/u.exec(label)?.[1];
  if (wordCount(label) > MAX_LABEL_WORDS && owned && !hasVerb(owned) && (/^\p{Ll}/u.test(owned) ? !/\s\p{Lu}/u.test(owned) : owned.split(/\s+/).every((w) => /^(?:\p{Lu}|and$|of$|for$|on$)/u.test(w)))) label = withoutLeadingModifiers(owned);
  // "put artisanal mining zones back under provincial control": a particle left by the cut is not part of the name.
  // "Housing first:": the rank says when it comes, not what it is.
  label = label.replace(LEADING, "").replace(/[’']s$/, "").replace(/(?:\s+(?:back|out|up|off|down|away|of|for|to|on|in|at|with))+$/i, "").replace(/\s+(?:first|next|last|too)$/i, "").trim();
  const n = wordCount(label);
  if (n === 0 || n > MAX_LABEL_WORDS || !/\p{L}{3}|^\p{Lu}{2}$/u.test(label)) return undefined;
  if (/^(?:it|this|that|they|there|what|how|who|which|one|another|also|not)\b(?!-)/i.test(label) || !namesAThing(label)) return undefined;
  // "Three bills": a count of things announces items; it is none of them.
  if (/^(?:two|three|four|five|six|seven|several|a few|\d+)\s+\p{Ll}+s$/iu.test(label)) return undefined;
  return capitalise(label);
}

export const withoutSlot = (phrase: string): string => phrase.replace(SLOT, "");
const SLOT = /^(?:session|panel|part|track|module|segment|workshop|day|round|theme|topic|agenda item|item)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])\b\.?\s*[—–:-]\s*/i;
// "Opening keynote", "Networking reception", "Ministerial roundtable": the format of a programme's
// slot, not what it is about.
const SLOT_WORDS = new Set("opening closing welcome keynote keynotes address remarks networking reception lunch luncheon coffee tea break dinner gala registration plenary roundtable round-table panel panels discussion q&a session sessions workshop workshops close wrap-up ministerial high-level closed-door breakout fireside chat and joint press conference conferences signing ceremony photo banquet state briefing media".split(" "));
const isProgrammeSlot = (label: string): boolean => label.toLowerCase().replace(/\(.*?\)/g, "").split(/\s+/).filter(Boolean).every((w) => SLOT_WORDS.has(w));

// "Partly", "Elsewhere", "Much of them": words a cut left behind that name no thing.
function namesAThing(label: string): boolean {
  const terms = termsOf(label);
  const first = terms[0];
  return first !== undefined && !(first.tags.includes("Adverb") && terms.length === 1) && !terms.some((t) => t.tags.includes("Pronoun") && !t.tags.includes("Possessive"));
}

const COUNT_OF_THINGS = new RegExp(String.raw`^(?:${ROUGHLY}\s+)?\d[\d,]*\s+(?!(?:billion|million|trillion|thousand|hundred|percent|per cent|bn|mn|m|kg|km|tonnes|tons|barrels|megawatts|MW|GW)\b)(?=\p{L})`, "iu");
const HOW_MUCH_OR_LONG = new RegExp(String.raw`^(?:${ROUGHLY}\s+)?(?:(?:[£$€¥₹]|Rs\.?\s?|RM\s?)?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|months?|weeks?|days?|decades?|quarters?)\b)`, "i");

// "ban on copper concentrate exports" → "Ban on concentrate exports"; "financing for the new dam
// on the river" → "Financing for new dam": the head, its preposition, the complement's last words.
function shorten(phrase: string): string {
  // "Bank of Korea rate decision": an "of" inside a name is none of the item's; what the name qualifies is.
  const inName = nameQualifies(phrase);
  if (inName && wordCount(inName) <= MAX_LABEL_WORDS) return inName;
  const m = PREPOSITION.exec(phrase);
  if (!m) return phrase;
  const head = phrase.slice(0, m.index).trim();
  const prep = (m[1] ?? "").toLowerCase();
  // "the return of more than 150 seized trawlers": a count of things says how many, and the things remain.
  const rest = phrase.slice(m.index + m[0].length).replace(COUNT_OF_THINGS, "");
  // "a funding gap of about $1 billion": an amount says how much, not what.
  // "a 9% pay rise over two years": how long says when, not what.
  if (HOW_MUCH_OR_LONG.test(rest)) return head;
  // "a new mechanism to assess capacity": "to" before a verb is an infinitive; the head names it,
  // unless it only says someone tries: "a stalled push to simplify EU rules" is simplifying EU rules.
  // A gerund after "to" is a noun's modifier ("an end to anti-dumping duties"), not an infinitive.
  const after = termsOf(rest)[0];
  if (prep === "to" && after?.tags.includes("Verb") === true && !after.tags.includes("Gerund")) return (ATTEMPT_HEAD.test(head.split(/\s+/).at(-1) ?? "") ? attempted(rest) : undefined) ?? head;
  // "a review of what Washington describes as…": a clause after the preposition is no noun to name.
  if (/^(?:what|how|whether|why|which|who|where|when)\b/i.test(rest)) return head;
  // A document gives way to what it is about when both do not fit: "Law on Enterprises", "International financial centre".
  const whole = rest.replace(LEADING, "").replace(/^(?:\p{L}+['’]s\s+)/u, "").trim();
  if (DOCUMENT_HEAD.test(head.split(/\s+/).at(-1) ?? "") && /^(?:on|to|of|for)$/.test(prep) && wordCount(whole) <= MAX_LABEL_WORDS) return whole;
  // "the quota for Vietnamese seasonal workers employed on farms": the complement ends before its participle.
  const complement = beforeParticiple(rest.replace(PREPOSITION_TAIL, "").replace(LEADING, "").trim()).split(/\s+/);
  if (!["on", "for", "over", "of", "to", "with", "between", "in", "from", "against", "about"].includes(prep)) return head;
  // "a sharp rise in defence spending" → "Rise in defence spending": an adjective on a one-noun head
  // gives way to the words that say what it is about ("New rail links" stays as it is); so does a
  // participle ("a proposed ban on Chinese-made telecom equipment" → "Ban on telecom equipment").
  let headWords = head.split(/\s+/);
  // A plain adjective before an activity stays: "wholesale pricing for smaller providers" is wholesale pricing.
  const [modifier = "", noun = ""] = headWords;
  // Whose it is gives way too: "U.S. tariffs on drug ingredients" → "Tariffs on drug ingredients".
  const whose = ["country", "demonym"].includes(gazetteer().lookup(placeKey(modifier))?.kind ?? "");
  const gives = whose || /\p{L}-\p{L}|^\p{L}{3,}ed$/u.test(modifier) || (termsOf(modifier)[0]?.tags.includes("Adjective") === true && !SELF_NAMING.test(noun));
  if (headWords.length === 2 && complement.length > MAX_LABEL_WORDS - headWords.length - 1 && gives) headWords = headWords.slice(1);
  const room = MAX_LABEL_WORDS - headWords.length - 1;
  // "a long-delayed update of the airport's noise abatement program", "the future of Terminal 6":
  // a head that only says what becomes of a thing gives way to the thing when both do not fit.
  const thing = complement.join(" ").replace(/^(?:\p{L}+['’]s\s+)/u, "");
  if (prep === "of" && PROCESS_HEAD.test(headWords.at(-1) ?? "") && complement.length > room && wordCount(thing) <= MAX_LABEL_WORDS) return thing;
  if (room <= 0) return headWords.join(" ");
  // "Financing" names the topic by itself when what follows runs on ("for the new dam on the
  // river"); "Ban" or "Question" needs what it is about, and so does a complement that is only long
  // ("Funding for marine protected areas" → "Funding for protected areas").
  // ("an extension of the retirement age to 64" keeps what it is of when that fits: "Extension of retirement age").
  if (PREPOSITION_TAIL.test(rest) && SELF_NAMING.test(head) && !(prep === "of" && complement.length <= room)) return head;
  // "inspectors from the U.S. Food and Drug Administration" written before its noun: a name that does
  // not fit gives way to the common noun it qualifies ("Access for inspectors").
  const common = complement.slice(complement.findLastIndex((w) => /^\p{Lu}/u.test(w)) + 1);
  const named = common.length > 0 && complement.length - common.length >= 3 && complement.slice(0, -common.length).every((w) => /^(?:\p{Lu}|and$|of$|&$)/u.test(w));
  const kept = named && complement.length > MAX_LABEL_WORDS && common.length <= room ? common : complement.slice(-Math.min(room, 2));
  // A cut inside a name loses what the item is: an action names the item by itself ("transferring
  // water from the Caspian Sea" → "Transferring water"); else the complement does ("Money for the
  // Aral Sea fund" → "Aral Sea fund").
  const before = complement[complement.length - kept.length - 1] ?? "";
  if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(kept[0] ?? "")) {
    // "expansion of the Champions League Elite" → "Champions League Elite expansion": a name too long to
    // follow its head may stand before it.
    if (prep === "of" && headWords.length === 1 && complement.every((w) => /^\p{Lu}/u.test(w)) && complement.length + 1 <= MAX_LABEL_WORDS) return `${complement.join(" ")} ${(headWords[0] ?? "").toLowerCase()}`;
    if (SELF_NAMING.test(headWords[0] ?? "")) return headWords.join(" ");
    if (complement.length <= MAX_LABEL_WORDS) return complement.join(" ");
  }
  return `${headWords.join(" ")} ${prep} ${kept.join(" ")}`;
}

// "simplify EU rules for business" → "Simplifying EU rules": the deed and its object, in a label's length.
function attempted(deed: string): string | undefined {
  const [verb, ...object] = deed.replace(PREPOSITION_TAIL, "").trim().split(/\s+/);
  // Alone, "close" or "scrap" may read as a noun: read it in a clause of its own.
  const gerund = verb ? (nlp(`they ${verb} it`).verbs().toGerund().text() as string).replace(/^(?:is|are)\s+/i, "").replace(/\s+it$/i, "") : "";
  const words = [gerund, ...object.join(" ").replace(LEADING, "").split(/\s+/)].filter((w) => w !== "");
  return gerund && words.length >= 2 && words.length <= MAX_LABEL_WORDS ? words.join(" ") : undefined;
}

function withoutLeadingModifiers(label: string): string {
  const terms = termsOf(label);
  let from = 0;
  // A word before a comma is one of two describing words ("separate, heavily subsidised"), whatever the tagger says.
  const describes = (i: number): boolean => /,\s*$/.test(label.slice(terms[i]?.start ?? 0, terms[i + 1]?.start)) || (["Adjective", "Adverb", "PastTense"].some((g) => terms[i]?.tags.includes(g)) && !terms[i]?.tags.includes("Noun"));
  while (terms.length - from > MAX_LABEL_WORDS && describes(from)) from++;
  return from === 0 ? label : label.slice(terms[from]?.start ?? 0).trim();
}

/** "a $38 million dredging contract to keep the channel at its depth" → "a $38 million dredging contract": a noun before the purpose it serves. */
export function beforePurpose(phrase: string): string {
  const terms = termsOf(phrase);
  const at = terms.findIndex((t, i) => i > 1 && t.normal === "to" && terms[i - 1]?.tags.includes("Noun") === true && terms[i + 1]?.tags.includes("Infinitive") === true);
  return at > 0 ? phrase.slice(0, terms[at]?.start).trim() : phrase;
}

/** "the penalty tariff the administration imposed over oil purchases" → "the penalty tariff": a relative clause without its "that". */
function withoutContactRelative(phrase: string): string {
  const terms = termsOf(phrase);
  const at = terms.findIndex((t, i) => i > 0 && t.tags.includes("Determiner") && terms[i - 1]?.tags.includes("Noun") === true && !/^(?:of|for|to|in|on)$/i.test(terms[i - 1]?.text ?? "") && terms.slice(i + 1, i + 5).some((v, k) => k > 0 && v.tags.includes("Verb") && !v.tags.some((g) => g === "Noun" || g === "Adjective" || g === "Gerund") && terms[i + k]?.tags.includes("Noun") === true));
  return at > 0 ? phrase.slice(0, terms[at]?.start).trim() : phrase;
}

const SAME_AS_VERB = /^(?:put|set|cut|hit|let|shut|spread|cast|bid)$/i;

/** "a string of military vacancies left by the purge" → "a string of military vacancies": the phrase before a reduced relative (or an -ing one: "centres operating out of…"). */
export function beforeParticiple(phrase: string): string {
  const terms = termsOf(phrase);
  // "the hourly minimum lifted to 11,800 won": a participle that moves a thing to or by an amount
  // ends it, whatever the tagger made of the word before.
  const toAmount = terms.findIndex((t, i) => i > 1 && /ed$/i.test(t.text) && t.tags.includes("PastTense") && /^(?:to|by)$/i.test(terms[i + 1]?.text ?? "") && /^(?:[\d$€£¥₩]|(?:a|an|one|two|three|half|about|around|some|nearly|almost|more)$)/i.test(terms[i + 2]?.text ?? ""));
  if (toAmount > 0) return terms.slice(0, toAmount).map((t) => t.text).join(" ");
  const at = terms.findIndex(
    (t, i) =>
      i > 0 &&
      terms[i - 1]?.tags.includes("Noun") === true &&
      // "ring-fenced": the second half of a hyphenated word is no participle of its own.
      !(t.tags.includes("Hyphenated") && terms[i - 1]?.tags.includes("Hyphenated") === true && phrase.charAt(t.start - 1) === "-") &&
      // "the junta's planned elections": a participle before its own noun describes it.
      !(t.tags.includes("PastTense") && ["Noun"].some((g) => terms[i + 1]?.tags.includes(g)) && !["Date", "Pronoun", "ProperNoun", "Value"].some((g) => terms[i + 1]?.tags.includes(g))) &&
      // "arrears left over from earlier contracts", "a textbook set to replace…": an irregular participle with its preposition;
      // "the night-shift premium cut last year": or with its time.
      // "the plan put forward by its creditors": a participle spelt as its verb.
      ((SAME_AS_VERB.test(t.text) && !t.tags.includes("Noun") && /^(?:forward|together|aside)$/i.test(terms[i + 1]?.text ?? "")) ||
      (t.tags.includes("PastTense") && (/ed$/i.test(t.text) || t.tags.includes("Passive") || /^(?:by|over|out|behind|off|from|in|into|on|at|for|under|to|forward|together|aside|last|earlier|this|yesterday|recently)$/i.test(terms[i + 1]?.text ?? ""))) ||
        // An -ing form with its own complement: after a plural any ("scam centres operating out of…"),
        // after a singular only an object ("the bridge linking Rantau Panjang"; "health financing for…" is a head).
        (t.tags.includes("Gerund") && (terms[i + 1]?.tags.some((g) => g === "Determiner" || g === "ProperNoun" || (terms[i - 1]?.tags.includes("Plural") === true && (g === "Preposition" || g === "Particle"))) ?? false))),
  );
  return at > 0 ? terms.slice(0, at).map((t) => t.text).join(" ") : phrase;
}
