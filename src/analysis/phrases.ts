// The grammar the agenda readers share: where a sentence's subject ends, how a list splits into its
// parts, and whether a phrase names an actor or holds a clause rather than naming a thing.
import nlp from "compromise";
import { termsOf, type Term } from "./pos.ts";
import { isReportingVerb } from "./reporting.ts";
import { wordCount } from "./text.ts";
import { headsClause } from "./verbs.ts";

// "About two-thirds of the offering is a fresh issue", "Only a handful of cities have plans": a share
// of a thing is how much, not what; "the 2027 budget" is a thing of its year.
export const NOT_A_TOPIC = /^(?:(?:(?:about|around|roughly|nearly|almost|some|more than|less than|at least|over|just under|just over)\s+)?(?:half|a third|two-thirds|three-quarters|a quarter|a fifth|the rest|the bulk|the majority|a majority|the remainder)\b|(?:only|just)\s+(?:a handful|a few|a couple|a fraction|one|two|three|\d+)\b|a handful\b|two|three|four|five|six|seven|several|a few|(?!(?:19|20)\d\d\s+[a-z])\d+|no|none|all|each|some|most|many|few|neither|either|it|this|that|these|those|they|he|she|we|there|here|both|what|officials?|analysts?|the (?:two )?(?:leaders?|sides?|governments?|countries|ministers?|delegations?|officials))\b/i;

// People, institutions and pronouns act in a story; they are not what is on the table.
const AGENT_HEADS = new Set(
  "government governments officials official ministry ministries minister ministers state states authorities authority analysts analyst economists economist companies company firms firm people residents voters lawmakers legislators leaders leader diplomats diplomat mediator mediators negotiator nations tribes communities villagers fishermen fishers sources source aides aide insiders delegation delegations envoy envoys traders investors experts expert critics supporters opponents negotiators delegates members spokesman spokeswoman spokesperson president prime chairman chair chairwoman chairperson ceo chief executives executive agency police army military officers everyone everybody anyone someone nobody union unions confederation confederations syndicate guild cooperative co-op group groups parliament cabinet party parties court judge bank banks regulator regulators association associations council commission committee department bureau office federation chamber institute board agencies ministries mps senators deputies councillors councilors assemblymen congressmen lawmakers migrants residents students parents agents merchants tenants applicants participants immigrants claimants consultants opponents respondents centre center opposition coalition establishment camp bloc guard navy troops militia households families citizens businesses administration advocates advocate campaigners activists unionists patients nurses doctors teachers pilots passengers riders commuters motorists farmers workers employees staff crew crews side liberals conservatives democrats republicans greens socialists tories nationalists communists separatists rebels insurgents militants"
    .split(" "),
);

// "the commerce ministry said" and "officials would decide" are clauses, not items; "restoring
// order" and "water flows into the delta" (a noun compromise may read as a verb) are items.
export function hasFiniteVerb(phrase: string): boolean {
  const terms = termsOf(phrase);
  return terms.some(
    (t, i) =>
      ["PastTense", "Modal", "Copula", "Auxiliary"].some((g) => t.tags.includes(g)) &&
      !t.tags.includes("Participle") &&
      !t.tags.includes("Noun") &&
      // "fentanyl-related tariffs": half of a hyphenated compound is no verb.
      !t.tags.includes("Hyphenated") &&
      // "a stalled push", "controls on advanced chips", "marine protected areas": a past form that describes a noun.
      headsClause(terms, i) &&
      // "workers employed on farms", "vacancies left by the purge": a reduced relative, not a clause ("the ministry said on…").
      !(terms[i - 1]?.tags.includes("Noun") === true && terms[i + 1]?.tags.includes("Preposition") === true && !isReportingVerb(t.text)),
  );
}

/** "Polls suggest housing prices", "Iraq's economy depends on crude": a clause, not a name, in any tense. */
export const hasVerb = (phrase: string): boolean => hasFiniteVerb(phrase) || termsOf(phrase).some((t) => t.tags.includes("PresentTense") && !t.tags.includes("Noun"));

const NOT_PEOPLE = new Set(
  ("orders borders powers waters matters numbers papers centers centres layers letters meters filters barriers transfers towers rivers offers chapters containers quarters headquarters sectors factors corridors motors reactors colors colours errors mirrors doors floors interiors vectors monitors others members tensions tiers ceasefires shelters cancers computers " +
    "vouchers waivers tenders riders registers ledgers folders binders rosters smelters tankers trailers stickers chargers boosters posters banners heaters generators semiconductors conductors processors transistors elevators escalators tractors incubators indicators"
  ).split(" "),
);

/**
 * "Bank of Korea rate decision" → "rate decision": what a name with an "of" inside it ("Bank of
 * Korea", "Ministry of Finance") qualifies, when the phrase opens on such a name.
 */
export function nameQualifies(phrase: string): string | undefined {
  return /^(?:\p{Lu}[\p{L}.'’-]*\s+)+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+(\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+)*)$/u.exec(phrase)?.[1];
}

/** Is this noun phrase an actor (a person, an institution, a pronoun) rather than a topic? */
export function isAgentLike(phrase: string): boolean {
  const qualified = nameQualifies(phrase.replace(/^[^:]{2,30}:\s+/, ""));
  if (qualified) return isAgentLike(qualified);
  // Judged on the head, the words before any complement: "Officials in Beijing" is officials, and
  // "the shortfall in revenue collection by the Federal Board of Revenue" is a shortfall.
  // "Kim's line", "the party's blessing": a possessor owns the thing; it is not the thing.
  const core = phrase.replace(/\s*\([^)]*\)/g, "").replace(/^(?:the\s+)?(?:\p{L}+\s+){0,2}\p{L}+['’]s\s+(?=\S)/u, "").replace(/[.,;:!?]+$/, "").split(/\s+(?:of|in|at|from|for|on|with|across|around|by|to|over|under|between|against|about|into|towards?|through)\s+/i)[0] ?? "";
  // "splitting it into two sittings": the pronoun is the action's object, not an actor.
  const doc = nlp(core.replace(/^(\p{L}+ing)\s+(?:it|them)$/iu, "$1"));
  // An organisation by its head: "the ASEAN Power Grid" is a grid, though "ASEAN" names one.
  // compromise tags people by what they do ("doctors", "nurses", "teachers") as actors.
  const terms = termsOf(core);
  const lastTerm = terms.at(-1);
  const last = lastTerm?.tags ?? [];
  // "a unified tourist visa": a lower-case head is no company, whatever the lexicon knows of "Visa".
  if (doc.has("#Pronoun") || namesPerson(terms) || (last.includes("Organization") && /^\p{Lu}/u.test(lastTerm?.text ?? "")) || last.includes("Actor")) return true;
  // "The Fund wants…", "the Bank", "the Commission": an institution called by its capitalised head alone.
  if (/^[Tt]he\s+(?:Fund|Bank|Treasury|Commission|Council|Board|Ministry|Committee|Tribunal|Court|Government|Cabinet|Secretariat|Authority|Agency|Regulator|Exchange|Union|Assembly|Parliament|Senate|Congress|House)$/u.test(core.trim())) return true;
  const head = core.toLowerCase().split(/\s+/).at(-1) ?? "";
  const singular = head.replace(/s$/, "");
  // "exporters", "farmers", "economists": plural nouns of people who do something, but not "orders" or "sectors".
  const agentive = /^\p{L}{3,}(?:ers|ors|ists)$/u.test(head) && !NOT_PEOPLE.has(head);
  return agentive || AGENT_HEADS.has(head) || AGENT_HEADS.has(singular) || NOT_A_TOPIC.test(core);
}

/** "a grace period": the lexicon's first names ("Grace", "Hope", "Faith") are people only when written as names. */
export const namesPerson = (terms: readonly Term[]): boolean => terms.some((t) => t.tags.includes("Person") && /^\p{Lu}/u.test(t.text));

export const MAX_SUBJECT_WORDS = 10;
// "Tolls, light rail and a funding gap of roughly $1 billion are on the table": a listed subject runs longer.
export const MAX_LIST_SUBJECT_WORDS = 14;

/** The words before the sentence's main verb: its first copula or modal when one comes early
 * ("Chinese export curbs on rare earths are…"), else its first verb after the first word. */
export function subjectOf(sentence: string, maxWords = MAX_SUBJECT_WORDS): string | undefined {
  const terms = termsOf(sentence);
  const copula = terms.findIndex((t, i) => i > 0 && i <= maxWords && ["Copula", "Modal", "Auxiliary"].some((g) => t.tags.includes(g)));
  const found = copula > 0 ? copula : terms.findIndex((t, i) => i > 0 && t.tags.includes("Verb") && !t.tags.includes("Gerund") && !t.tags.includes("Participle"));
  // "Base pay tops the list": a bare verb-looking noun before a verb that agrees with a singular subject is part of the subject.
  const next = terms[found + 1];
  // The tagger may call "tops" a plural; before a determiner it is the verb.
  const agrees = next !== undefined && /\p{L}s$/iu.test(next.text) && ((next.tags.includes("Verb") && next.tags.includes("PresentTense")) || terms[found + 2]?.tags.includes("Determiner") === true);
  const verb = copula < 0 && agrees && /[^s]$/i.test(terms[found]?.text ?? "") ? found + 1 : found;
  const start = terms[verb]?.start;
  if (verb < 1 || start === undefined) return undefined;
  const subject = sentence.slice(0, start).replace(/[\s,]+(?:however|too|meanwhile|though|also|in turn)?[\s,]*$/i, "").trim();
  const words = subject.split(/\s+/).length;
  // "Adoption of the" before "audited financial statements": a subject does not end on a function word.
  if (/\b(?:the|a|an|of|to|for|in|on|and|or|its|their|his|her)$/i.test(subject)) return undefined;
  // "Forecasters said a colder spell would follow": a reporting clause is not part of a subject.
  if (subject.split(/\s+/).some(isReportingVerb)) return undefined;
  // "Don't expect miracles": an imperative has no subject.
  if (/^(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|let['’]s|never|please)$/i.test(subject)) return undefined;
  return words >= 1 && words <= maxWords && !/[.;:!?]/.test(subject) ? subject : undefined;
}

// "Steel and textiles" are two items; "Trade and investment flows" stays one when a part is long;
// "Tolls, light rail and a funding gap" is a list of three whatever their length.
export function splitSubject(subject: string): string[] {
  // "The sales and services tax" is one thing: a determiner binds a pair into a compound.
  if (/^(?:the|a|an|its|their)\s+[\p{L}-]+\s+and\s+/iu.test(subject) && !subject.includes(",")) return [subject];
  const parts = subject.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((p) => p !== "");
  const listed = parts.length >= 3 && /,/.test(subject) && /\band\b/.test(subject);
  // "Rice exports and a stalled nickel deal": a second part with its own article is a second thing.
  const articled = parts.length === 2 && articledPair(subject, MAX_PAIRED_SUBJECT_WORDS) !== undefined;
  return parts.length > 1 && (listed || articled || parts.every((p) => wordCount(p) <= 2)) ? parts : [subject];
}

const MAX_PAIRED_SUBJECT_WORDS = 6;

/**
 * "market access for palm oil and an end to anti-dumping duties", "the early release of detained
 * fishermen and the return of seized trawlers": two things joined by "and", the second (with
 * `bothArticled`, each) opening on its own article, neither longer than `maxWords`; no list of more.
 */
export function articledPair(phrase: string, maxWords: number, bothArticled = false): [string, string] | undefined {
  if (/[,;]/.test(phrase)) return undefined;
  const m = (bothArticled ? /^((?:the|a|an)\s+.+?)\s+and\s+((?:the|a|an)\s+.+)$/iu : /^(.+?)\s+and\s+((?:a|an|the)\s+.+)$/iu).exec(phrase.trim());
  return m?.[1] && m[2] && wordCount(m[1]) <= maxWords && wordCount(m[2]) <= maxWords ? [m[1], m[2]] : undefined;
}

/** A list without its relative clauses: "the RTS Link, which is due to open this year, and the zone" → "the RTS Link and the zone". */
export function withoutAsides(list: string): string {
  // "…and algorithm transparency, particularly how platforms set fares": an aside that narrows an item goes too.
  // "the queueing system for tankers, introduced last year, and…": a participle's aside says when or by whom, not what.
  return list
    .replace(/,\s*(?:which|where|who|whose|particularly|especially|notably|chiefly|mainly|above all|including)\b[^,;]*(?=,|;|$)/giu, "")
    .replace(/,\s*(?:(?:first|already|once|long|originally|recently|only)\s+)?\p{Ll}{3,}ed\s+(?:in|by|on|last|this|earlier|under|after|before|during|at|from)\b[^,;]*(?=,)/gu, "")
    // "quality standards for cargoes, after crushers complained of moisture last season, and…": a clause of why or when.
    .replace(/,\s*(?:after|since|because|when|as|following)\s+(?:\p{Lu}[\p{L}.'’-]*\s+|the\s+|some\s+|its\s+|their\s+)?\p{L}+\s+\p{Ll}+(?:ed|ent|ought|aid|old)\b[^,;]*(?=,)/gu, "");
}

function splitFirst(last: string, afterCommas: boolean): string[] {
  const parts = last.split(/\s+(?:and|as well as)\s+/i);
  if (!afterCommas || parts.length <= 2) return parts;
  const m = /\s+(?:and|as well as)\s+/i.exec(last);
  return m ? [last.slice(0, m.index), last.slice(m.index + m[0].length)] : parts;
}

/**
 * "financing for the dam and to the tariffs" → ["financing for the dam", "the tariffs"]. With commas
 * the commas separate, and an "and" inside an element stays: "auto rules, steel and aluminum, and
 * energy policy" is three items; only the last element of a list without a serial comma splits on "and".
 */
export function splitList(rest: string): string[] {
  // "to" and "on" open an item only as words: "Toyota's annual meeting" keeps its "To".
  const lead = /^(?:(?:and|or|as well as)\s+)?(?:(?:to|on)\s+)?/i;
  const text = rest.replace(/[.;:!?]+$/, "");
  // "a fare increase, taking a ticket to $3; the second phase of the redesign; and a contract": items
  // that hold commas of their own are set apart by semicolons.
  if (/;\s+(?:and\s+)?\S/.test(text)) return text.split(/\s*;\s*/).map((t) => t.replace(/^(?:and|or)\s+/i, "").split(/,\s+(?:which|who|where|taking|bringing|making|including)\b/)[0]?.trim() ?? "").filter((t) => t !== "");
  // "141,300 won": a comma between digits is no separator.
  // "the separate, heavily subsidised pensions": a comma between two adjectives splits no items.
  const segments = text.split(/\s*,(?!\d)\s*/).reduce<string[]>((kept, segment) => {
    const last = kept.at(-1);
    const ending = last === undefined ? undefined : /(?:^|\s)((?:the|a|an|its|their|his|her)\s+[\p{Ll}-]+)$/u.exec(last)?.[1];
    // The tagger may call a lone "separate" a noun; an item does not open on an adverb ("heavily subsidised…").
    if (last !== undefined && ending !== undefined && (termsOf(ending).at(-1)?.tags.includes("Adjective") || /^\p{Ll}{3,}ly\s/u.test(segment))) kept[kept.length - 1] = `${last}, ${segment}`;
    else kept.push(segment);
    return kept;
  }, []);
  const last = segments.pop() ?? "";
  // "critical minerals and the quota for workers on farms and fishing boats": the list's "and" is
  // the first one; later ones sit inside its last item.
  // "dengue, as well as tuberculosis elimination and health financing": what "as well as" adds may be a list itself.
  const added = /^as well as\s+/i.exec(last);
  const tail = added ? splitFirst(last.slice(added[0].length), true) : segments.length === 0 || !/^(?:and|or)\s/i.test(last) ? splitFirst(last, segments.length > 0) : [last];
  return [...segments, ...tail].map((t) => t.replace(lead, "").trim()).filter((t) => t !== "");
}

// "the transit levy the mayor has championed", "the steel structures China has installed in the zone",
// "the rules they want changed": a relative clause without "that" opens on its own subject right
// after the noun, and says which, not what.
const FINITE = ["PresentTense", "PastTense", "Auxiliary", "Modal", "Copula"];
const MAX_CLAUSE_SUBJECT_WORDS = 5;
/** The noun phrase before a relative clause that has no "that": "the transit levy". */
export function withoutContactClause(phrase: string): string {
  const terms = termsOf(phrase);
  for (let i = 2; i < terms.length; i++) {
    const before = terms[i - 1]?.tags ?? [];
    const opens = terms[i]?.tags ?? [];
    if (!before.includes("Noun") || before.includes("ProperNoun") || before.includes("Pronoun")) continue;
    if (!opens.includes("Determiner") && !(opens.includes("ProperNoun") && /^\p{Lu}/u.test(terms[i]?.text ?? "")) && !/^(?:it|they|he|she|we)$/i.test(terms[i]?.text ?? "")) continue;
    // The clause's subject runs on to its finite verb: "the mayor has", "the KMT wants".
    const pronoun = terms[i]?.tags.includes("Pronoun") === true;
    for (let j = i + 1; j <= i + (pronoun ? 1 : MAX_CLAUSE_SUBJECT_WORDS) && j < terms.length; j++) {
      const tags = terms[j]?.tags ?? [];
      if (FINITE.some((g) => tags.includes(g)) && !tags.includes("Participle") && !tags.includes("Noun")) return phrase.slice(0, terms[i]?.start ?? phrase.length).trim();
      if (!["Noun", "Adjective", "ProperNoun", "Possessive"].some((g) => tags.includes(g))) break;
    }
  }
  return phrase;
}
