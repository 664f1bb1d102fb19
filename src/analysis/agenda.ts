// The few things a brief says are on the table: items that open a paragraph with a cue phrase,
// items a wire story sets in bold, items it lists. Each becomes a 1–4 word label and one sentence
// of at most ~30 words. A paragraph without a cue gives nothing: none is better than a wrong one.
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
  const bold = boldOpeners(html, paragraphs);
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
    if (strong) return push(labelOf(strong), pickSummary(sents, "topic"));
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

/** Index of each paragraph that opens in bold (`<strong>Tariffs</strong> come first`, `**Tariffs**`), with the bold text. */
function boldOpeners(html: string | undefined, paragraphs: string[]): Map<number, string> {
  const found = new Map<number, string>();
  const openers = [...(html ?? "").matchAll(/<(?:p|li)\b[^>]*>\s*<(strong|b)\b[^>]*>([^<]{2,80})<\/\1>/gi)].map((m) => decode(m[2] ?? ""));
  paragraphs.forEach((p, i) => {
    const md = /^\*\*([^*]{2,80})\*\*/.exec(p)?.[1];
    const fromHtml = openers.find((o) => p.startsWith(o));
    const text = (md ?? fromHtml)?.replace(/[:.–—-]\s*$/u, "").trim();
    if (text && wordCount(text) <= MAX_LABEL_WORDS + 1 && !/^(read more|related|update|editor|note|photo|watch|source|advert)/i.test(text)) found.set(i, text);
  });
  return found;
}

const decode = (s: string): string =>
  s.replace(/&amp;/g, "&").replace(/&#39;|&apos;|&rsquo;/g, "’").replace(/&quot;/g, '"').replace(/&nbsp;/g, " ").trim();

// Determiners and framing words in front of the topic itself.
const LEADING = /^(?:(?:likely|expected|set|sure|certain|bound)\s+to\s+be\s+|the\s+(?:question|issue|matter|subject|thorny issue|vexed question)\s+of\s+|(?:the|a|an|its|their|his|her|our|this|that|these|those|both\s+sides[’']?|growing|renewed|ongoing|continued|perennial)\s+)+/i;
const CUT = /\s*(?:[,;:()–—]|\s-\s|\b(?:and|or|as well as|which|that|who|whether|amid|as|while|because|after|before|if|when|with|given)\b).*$/iu;
const PREPOSITION = /\s+\b(?:of|for|over|in|on|at|between|to|from|into|under|against|about|by|among|across)\b.*$/i;

/** "China’s economic slowdown and its growing assertiveness, weighing…" → "China’s economic slowdown". */
export function labelOf(topic: string): string | undefined {
  let label = topic.replace(/\*\*/g, "").replace(/[.!?]+$/, "").trim().replace(LEADING, "");
  label = label.replace(CUT, "").trim();
  if (wordCount(label) > MAX_LABEL_WORDS) label = label.replace(PREPOSITION, "").trim();
  label = label.replace(LEADING, "").replace(/[’']s$/, "").trim();
  const n = wordCount(label);
  if (n === 0 || n > MAX_LABEL_WORDS || !/\p{L}{3}/u.test(label)) return undefined;
  if (/^(?:it|this|that|they|there|what|how|who|which|one|another|also|not)$/i.test(label)) return undefined;
  return capitalise(label);
}

function pickSummary(sents: string[], shape: CueShape): string {
  const [cue, next] = sents;
  if (cue && (wordCount(cue) >= SELF_EXPLAINING_WORDS || !next) && shape !== "list") return cue;
  return next ?? cue ?? "";
}

// For a listed item: the first sentence, from its paragraph on, that speaks of it.
function sentenceAbout(label: string, paragraphs: string[], fallback: string): string {
  const head = label.toLowerCase().split(/\s+/).pop()?.replace(/s$/, "") ?? "";
  for (const p of paragraphs) {
    for (const s of sentences(p)) if (s !== fallback && s.toLowerCase().includes(head)) return s;
  }
  return fallback;
}
