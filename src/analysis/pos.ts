// The words of a piece of text with their part-of-speech tags: one reader for every rule that asks
// "is this word a verb?". compromise gives the terms and its rich tags (dates, names, tenses,
// copulas, modals); where its rules and wink-nlp's statistical tagger disagree on noun against verb,
// wink's reading of the context wins: compromise reads "raise" in "Will the bank raise rates?" as a
// noun and "state" in "the 2025 state budget" as a verb; wink reads both right.
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Term {
  text: string;
  /** Lower case, without punctuation. */
  normal: string;
  tags: string[];
  /** Where the term starts in the text it was read from. */
  start: number;
}

interface CompromiseTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

// Loaded on first use, not at import: the CLI's other commands never tag a word.
let wink: ReturnType<typeof winkNLP> | undefined;
const winkTagger = (): ReturnType<typeof winkNLP> => (wink ??= winkNLP(model, ["pos"]));

const cache = new Map<string, readonly Term[]>();
const MAX_CACHED = 4000;

/** The terms of `text` in order, tagged; empty implied words ("party's" read as "party is") left out. */
export function termsOf(text: string): Term[] {
  let found = cache.get(text);
  if (!found) {
    found = tag(text);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(text, found);
  }
  return found.map((t) => ({ ...t, tags: [...t.tags] }));
}

function tag(text: string): Term[] {
  const terms = (nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[])
    .flatMap((s) => s.terms)
    .filter((t) => t.text !== "");
  const classes = winkClasses(text);
  const anyVerb = classes.some((c) => c.pos === "VERB" || c.pos === "AUX");
  // Both lists run in text order: one cursor walks wink's tokens alongside compromise's terms.
  let c = 0;
  return pluralSubject(objectingSubject(nounCompoundOpening(terms.map((t, i) => {
    // "1.2 trillion won", "17,500 rand": after an amount a currency's name is a noun, not "win" in the past.
    if (CURRENCY_VERB.test(t.normal) && /\d|^(?:million|billion|trillion|thousand|hundred)$/i.test(terms[i - 1]?.text ?? "")) return { text: t.text, normal: t.normal, tags: ["Noun", "Singular", "Money"], start: t.offset.start };
    const end = t.offset.start + t.offset.length;
    while (c < classes.length && (classes[c]?.end ?? 0) <= t.offset.start) c++;
    let k = c;
    while (k < classes.length && (classes[k]?.start ?? end) < end && (classes[k]?.pos === "PUNCT" || classes[k]?.pos === "PART")) k++;
    const wink = k < classes.length && (classes[k]?.start ?? end) < end ? classes[k]?.pos : undefined;
    // "Working hours round out the list": a verb with its particle is one verb to compromise, where wink may read a noun ("talks on" is no such pair).
    const phrasal = t.tags.includes("PhrasalVerb") && t.tags.includes("Verb") && PARTICLE.test(terms[i + 1]?.normal ?? "") && terms[i + 1]?.tags.includes("Particle") === true;
    return { text: t.text, normal: t.normal, tags: phrasal ? t.tags : corrected(t.tags, wink, t.normal, anyVerb), start: t.offset.start };
  }))));
}

// "Canal repairs complete the list", "Water rates top the list": after a noun, an -s word read as a
// verb is the plural head of the subject when a verb's bare form follows it with its object.
function pluralSubject(terms: Term[]): Term[] {
  return terms.map((t, i) => {
    const before = terms[i - 1];
    const verb = terms[i + 1];
    const object = terms[i + 2];
    const misread =
      /[^s]s$/.test(t.normal) &&
      t.tags.includes("Verb") &&
      t.tags.includes("PresentTense") &&
      before?.tags.includes("Noun") === true &&
      !before.tags.some((g) => g === "Pronoun" || g === "Possessive" || g === "Person" || g === "Place") &&
      verb?.tags.includes("Infinitive") === true &&
      !/s$/.test(verb.normal) &&
      object?.tags.some((g) => g === "Determiner" || g === "Possessive") === true;
    return misread ? { ...t, tags: ["Noun", "Plural"] } : t;
  });
}

// "Opposition parties object to raising the retirement age": after its subject and before "to",
// "object" is the verb, where both taggers read a noun.
function objectingSubject(terms: Term[]): Term[] {
  return terms.map((t, i) => {
    const subject = terms[i - 1];
    return /^objects?$/.test(t.normal) && terms[i + 1]?.normal === "to" && subject !== undefined && subject.tags.some((g) => g === "Noun" || g === "Pronoun") && !subject.tags.some((g) => g === "Possessive" || g === "Determiner") ? { ...t, tags: ["Verb", "PresentTense"] } : t;
  });
}

// "Reference pricing tops the list.", "Cost sharing dominates the talks.": both taggers may read an
// order to the reader ("Reference pricing…") and a plural noun ("tops"). A noun and its -ing head
// before an -s word and a determiner is a subject and its verb.
function nounCompoundOpening(terms: Term[]): Term[] {
  const [first, second, third, fourth] = terms;
  if (!first || !second || !third || !fourth) return terms;
  const order = first.tags.includes("Imperative") && second.tags.includes("Gerund") && /[^s]s$/.test(third.normal) && third.tags.includes("Noun") && fourth.tags.some((g) => g === "Determiner" || g === "Possessive");
  if (!order) return terms;
  return [{ ...first, tags: ["Noun", "Singular"] }, { ...second, tags: ["Noun", "Singular"] }, { ...third, tags: ["Verb", "PresentTense"] }, ...terms.slice(3)];
}

// A hyphenated compound ("write-down") is one word to compromise and three tokens to wink.
const COMPROMISE_KNOWS = ["Hyphenated", "Auxiliary", "Modal", "Copula", "Pronoun", "Determiner", "Preposition", "Conjunction", "Date", "Value", "Person", "Place", "Organization", "QuestionWord"];

const CURRENCY_VERB = /^(?:won|rand)$/;
const PARTICLE = /^(?:out|off|up|down)$/;
const BE = /^(?:is|are|was|were|be|been|being|am)$/;
const HAVE_OR_DO = /^(?:has|have|had|do|does|did)$/;
const MODAL = /^(?:will|would|shall|should|can|could|may|might|must)$/;

// Only the noun/verb call changes hands; compromise keeps every other tag it knows better.
function corrected(tags: string[], wink: string | undefined, normal: string, sentenceHasVerb: boolean): string[] {
  if (!wink || tags.some((g) => COMPROMISE_KNOWS.includes(g))) return tags;
  // "Indonesia and the Philippines are expected to…": compromise may read "are" as the unit of area.
  if (wink === "AUX" && !tags.includes("Verb")) {
    const kind = BE.test(normal) ? "Copula" : HAVE_OR_DO.test(normal) ? "Auxiliary" : MODAL.test(normal) ? "Modal" : undefined;
    if (kind) return ["Verb", kind];
  }
  const isVerb = tags.includes("Verb");
  if (wink === "VERB" && !isVerb) return ["Verb", ...verbForm(normal)];
  // A sentence wink finds no verb in is one it has misread ("The budget tops the list"): keep compromise's verbs.
  if ((wink === "NOUN" || wink === "PROPN") && isVerb && sentenceHasVerb) return ["Noun", /[^s]s$/.test(normal) ? "Plural" : "Singular"];
  return tags;
}

function verbForm(word: string): string[] {
  if (/ing$/.test(word)) return ["Gerund"];
  if (/ed$/.test(word)) return ["PastTense"];
  if (/[^s]s$/.test(word)) return ["PresentTense"];
  return ["Infinitive", "PresentTense"];
}

/** wink's universal POS class for each of its tokens, with the span it covers in `text`. */
function winkClasses(text: string): { start: number; end: number; pos: string }[] {
  const w = winkTagger();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  const pos = doc.tokens().out(w.its.pos) as string[];
  const out: { start: number; end: number; pos: string }[] = [];
  let at = 0;
  values.forEach((v, i) => {
    const start = text.indexOf(v, at);
    if (start < 0) return;
    at = start + v.length;
    out.push({ start, end: at, pos: pos[i] ?? "X" });
  });
  return out;
}
