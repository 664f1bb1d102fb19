// The few things a brief says are on the table: items that open a paragraph with a cue phrase,
// items a wire story sets in bold, items it lists. Each becomes a 1–4 word label and one sentence
// of at most ~30 words. A paragraph without a cue gives nothing: none is better than a wrong one.
import nlp from "compromise";
import type { AgendaItem } from "../domain/types.ts";
import { readCue, type CueShape } from "./agenda-cues.ts";
import { capitalise, clipSentence, sentences, wordCount } from "./text.ts";

export interface AgendaInput {
  paragraphs: string[];
  html?: string;
}

const MAX_ITEMS = 5;
const MAX_LABEL_WORDS = 4;
// A cue sentence this long already says what is at stake; a shorter one only names the topic.
const SELF_EXPLAINING_WORDS = 14;

/** 0–5 agenda items, in the order the brief raises them. */
export function findAgenda({ paragraphs, html }: AgendaInput): AgendaItem[] {
  const bold = boldItems(html, paragraphs);
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  const push = (label: string | undefined, summary: string): void => {
    if (!label || seen.has(label.toLowerCase()) || items.length >= MAX_ITEMS) return;
    seen.add(label.toLowerCase());
    items.push({ label, summary: clipSentence(summary.replace(/\*\*/g, "")) });
  };
  paragraphs.forEach((paragraph, i) => {
    const sents = sentences(paragraph);
    const first = sents[0];
    if (!first) return;
    const strong = bold.get(i);
    if (strong) {
      for (const phrase of strong) push(labelOf(phrase), strong.length > 1 || !first.includes(phrase) ? sentenceWith(phrase, sents) : pickSummary(sents, "topic"));
      return;
    }
    const cue = readCue(first);
    if (!cue) return;
    for (const topic of cue.topics) {
      const label = labelOf(topic);
      const summary = cue.shape === "list" && label ? sentenceAbout(label, paragraphs.slice(i), first) : pickSummary(sents, cue.shape);
      push(label, summary);
    }
  });
  return items;
}

/**
 * Bold items, by paragraph: the bold phrase that opens a paragraph (`<strong>Tariffs</strong> come
 * first`); and when a brief bolds two or more short phrases, each of them (`record **defence spending**`).
 */
function boldItems(html: string | undefined, paragraphs: string[]): Map<number, string[]> {
  const phrases = [...(html ?? "").matchAll(/<(strong|b)\b[^>]*>([^<]{2,80})<\/\1>/gi)].map((m) => decode(m[2] ?? ""));
  for (const p of paragraphs) for (const m of p.matchAll(/\*\*([^*]{2,80})\*\*/g)) if (m[1]) phrases.push(m[1]);
  const distinct = [...new Set(phrases.map((t) => t.replace(/[:.,–—-]\s*$/u, "").trim()))].filter(isTopicLike);
  const found = new Map<number, string[]>();
  // Two to six bold phrases mark items; more is a live blog's or a listicle's typography.
  const many = distinct.length >= 2 && distinct.length <= MAX_BOLD;
  for (const phrase of distinct) {
    const i = paragraphs.findIndex((p) => p.replace(/\*\*/g, "").includes(phrase));
    const text = (paragraphs[i] ?? "").replace(/\*\*/g, "");
    const opens = i >= 0 && text.startsWith(phrase) && text.length > phrase.length + 20;
    if (i >= 0 && (opens || many)) found.set(i, [...(found.get(i) ?? []), nounPhraseOf(phrase, text)]);
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
  if (phrase === "" || wordCount(phrase) > MAX_LABEL_WORDS + 1 || /^\d/.test(phrase)) return false;
  if (/^(read more|related|update|editor|note|photo|watch|source|advert|by\b|live\b)/i.test(phrase)) return false;
  return !nlp(phrase).has("#Person");
}

const decode = (s: string): string =>
  s.replace(/&amp;/g, "&").replace(/&#39;|&apos;|&rsquo;/g, "’").replace(/&quot;/g, '"').replace(/&nbsp;/g, " ").trim();

// Determiners and framing words in front of the topic itself.
const LEADING = /^(?:(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+|the\s+(?:question|issue|matter|subject|thorny issue|vexed question)\s+of\s+|(?:the|a|an|its|their|his|her|our|this|that|these|those|both\s+sides[’']?|growing|renewed|ongoing|continued|perennial)\s+)+/i;
const CUT = /\s*(?:[,;:()–—]|\s-\s|\b(?:and|or|as well as|which|that|who|whether|amid|as|while|because|after|before|if|when|with|given)\b).*$/iu;
const PREPOSITIONS = "of|for|over|in|on|at|between|to|from|into|under|against|about|by|among|across";
const PREPOSITION = new RegExp(String.raw`\s+\b(${PREPOSITIONS})\s+`, "i");
// A head noun that is itself a topic: an activity or an abstract noun ("financing", "compensation", "security").
const SELF_NAMING = /^\p{L}+(?:ing|tion|sion|ment|ance|ence|ity|ism)$/iu;
const PREPOSITION_TAIL = new RegExp(String.raw`\s+\b(?:${PREPOSITIONS})\b.*$`, "i");

/** "China’s economic slowdown and its growing assertiveness, weighing…" → "China’s economic slowdown". */
export function labelOf(topic: string): string | undefined {
  let label = topic.replace(/\*\*/g, "").replace(/[.!?]+$/, "").trim().replace(LEADING, "");
  label = label.replace(CUT, "").replace(/\s+(?:itself|themselves|alone|too)$/i, "").trim();
  if (wordCount(label) > MAX_LABEL_WORDS) label = shorten(label);
  label = label.replace(LEADING, "").replace(/[’']s$/, "").trim();
  const n = wordCount(label);
  if (n === 0 || n > MAX_LABEL_WORDS || !/\p{L}{3}/u.test(label)) return undefined;
  if (/^(?:it|this|that|they|there|what|how|who|which|one|another|also|not)\b/i.test(label)) return undefined;
  return capitalise(label);
}

// "ban on copper concentrate exports" → "Ban on concentrate exports"; "financing for the new dam
// on the river" → "Financing for new dam": the head, its preposition, the complement's last words.
function shorten(phrase: string): string {
  const m = PREPOSITION.exec(phrase);
  if (!m) return phrase;
  const head = phrase.slice(0, m.index).trim();
  const prep = (m[1] ?? "").toLowerCase();
  const rest = phrase.slice(m.index + m[0].length);
  const complement = rest.replace(PREPOSITION_TAIL, "").replace(LEADING, "").trim().split(/\s+/);
  const room = MAX_LABEL_WORDS - wordCount(head) - 1;
  if (room <= 0 || !["on", "for", "over", "of", "to", "with", "between"].includes(prep)) return head;
  // "Financing" names the topic by itself; "Ban" or "Question" needs what it is about.
  const cut = complement.length > room || PREPOSITION_TAIL.test(rest);
  if (cut && SELF_NAMING.test(head)) return head;
  return `${head} ${prep} ${complement.slice(-Math.min(room, 2)).join(" ")}`;
}

function pickSummary(sents: string[], shape: CueShape): string {
  const [cue, next] = sents;
  if (cue && (wordCount(cue) >= SELF_EXPLAINING_WORDS || !next) && shape !== "list") return cue;
  return next ?? cue ?? "";
}

const sentenceWith = (phrase: string, sents: string[]): string => sents.find((s) => s.replace(/\*\*/g, "").includes(phrase)) ?? sents[0] ?? "";

// For a listed item: the sentence, from its paragraph on, that shares most words with its label.
function sentenceAbout(label: string, paragraphs: string[], fallback: string): string {
  const words = label.toLowerCase().split(/\s+/).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ""));
  let best = { sentence: fallback, hits: 0 };
  for (const p of paragraphs) {
    for (const s of sentences(p)) {
      if (s === fallback) continue;
      const lower = s.toLowerCase();
      const hits = words.filter((w) => lower.includes(w)).length;
      if (hits > best.hits) best = { sentence: s, hits };
    }
  }
  return best.sentence;
}
