// Site furniture that trails an article ("No comments:", "Share this", "© 2026 …"). General
// rules, not a list for one site. Pure.

// A short paragraph matching one of these starts the trailing furniture; it and everything after go.
const MARKERS: RegExp[] = [
  /^(no|\d+) comments?( yet)?\s*[:.!]?$/i,
  /^comments?( \(\d+\))?:?$/i,
  /^(leave|post|add) a (comment|reply)\b/i,
  /^share( this| on| via|:|$)/i,
  /^related( stories| articles| news| posts| content| coverage| reading| links| topics)?\s*(:|$)/i,
  /^(you (may|might) also like|recommended( for you)?|more (stories|from|on this)|most (read|popular)|trending)\b/i,
  /^(©|\(c\)|copyright\b|all rights reserved)/i,
  /^(subscribe|sign up)\b/i,
  /^(get|join) (our|the) newsletter\b/i,
  /^follow (us|@)/i,
  /^(read|see) (more|the full (story|article))\b/i,
  /^continue(d)? reading\b/i,
  /^(tags|labels|topics|filed under|posted in)\s*:/i,
  /^(advertisement|sponsored( content)?)$/i,
  /^(click|tap) here\b/i,
  /^forward (?:it|this)(?: email| newsletter)? to a friend\b/i,
  /^you are receiving this\b/i,
  // A letter's sign-off: "In solidarity, The PRC team", "Best regards,", "Until next week,".
  /^(?:in solidarity|best regards|kind regards|warm regards|regards|yours (?:sincerely|faithfully|truly)|sincerely|best wishes|with thanks|until next (?:week|time)|see you (?:next |on )?(?:week|time|soon|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s*(?:[,.!]|$)/i,
  // Wire credit lines: "(Reporting by Jane Roe; Editing by John Doe)".
  /^\(?((additional )?reporting|writing|editing|compiled) by\b/i,
  /^this (article|story) (was )?(originally )?(appeared|published) (first )?(on|in)\b/i,
];

// Feed footers such as WordPress's "The post X appeared first on Y." can be longer.
// So can a newsletter's sign-off: "The Making Letter is a weekly newsletter about British manufacturing. Forward it…"
// And a footer that runs the sign-up and the copyright together: "Get local news delivered to your inbox. … © 2026 The Tribune. All rights reserved."
const LONG_MARKERS: RegExp[] = [
  /^the post .* appeared first on\b/i,
  /^(?:the\s+)?[\p{L}’' ]{2,40} is a (?:daily|weekly|fortnightly|monthly|free)?\s*newsletter\b.{0,200}$/iu,
  /^.{0,200}(?:©|\(c\)|\bcopyright)\s*\d{4}\b.{0,120}$/iu,
  /^.{0,200}\ball rights reserved\.?$/iu,
  /^(?:get|have)\s+(?:[\p{L}’']+\s+){0,4}delivered (?:straight )?to your inbox\b.{0,200}$/iu,
  /^you are receiving this\b.{0,200}$/iu,
];

const SHORT = 90;

/** True when a paragraph is site furniture rather than article text. */
export function isBoilerplate(paragraph: string): boolean {
  const p = paragraph.trim();
  if (LONG_MARKERS.some((m) => m.test(p))) return true;
  return p.length <= SHORT && MARKERS.some((m) => m.test(p));
}

/** Paragraphs without leading furniture and without the furniture that trails the article. */
export function stripBoilerplate(raw: string[]): string[] {
  const paragraphs = raw.map(withoutCopyrightTail);
  let start = 0;
  while (start < paragraphs.length && isBoilerplate(paragraphs[start] ?? "")) start++;
  const body = paragraphs.slice(start);
  const end = body.findIndex((p, i) => i > 0 && isBoilerplate(p));
  const kept = end === -1 ? body : body.slice(0, end);
  const last = kept.at(-1);
  if (last === undefined) return kept;
  const trimmed = last.replace(TRAILING_MORE, "").trim();
  return trimmed === "" ? kept.slice(0, -1) : [...kept.slice(0, -1), trimmed];
}

// "SEOUL, Jan 12 (Yonhap) -- Samsung said… AI servers. © 2026 Yonhap News Agency": a feed's one
// paragraph may carry the copyright at its end; the line goes, the story stays. A paragraph that is
// only the line (or a sign-up before it) is furniture, found by the markers.
const COPYRIGHT_TAIL = /(?<=[.!?"”’)\]])\s+(?:©|\(c\)|copyright\b)\s*(?:\d{4}\b)?[^.!?]{0,120}[.!?]?(?:\s*all rights reserved\.?)?\s*$/iu;
function withoutCopyrightTail(paragraph: string): string {
  const kept = paragraph.replace(COPYRIGHT_TAIL, "");
  return kept !== paragraph && !isBoilerplate(kept) && kept.trim().split(/\s+/).length >= 8 ? kept.trim() : paragraph;
}

// "…said on Tuesday. Continue reading…" / "[…]": an excerpt's link to the rest, glued to its last paragraph.
export const TRAILING_MORE = /\s*(\[(…|\.\.\.)\]|(continue reading|read more|read the (full|rest of the) (story|article))\s*(…|\.\.\.|»|→|>>)?|more\s*(…|\.\.\.|»|→|>>))\s*$/i;
