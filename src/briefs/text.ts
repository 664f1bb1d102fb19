// Plain-text clean-up shared by every reader. Pure.

// C0/C1 controls except tab/newline, zero-width marks, BOM and soft hyphen: never meaningful in a brief.
// Nor are bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "‮gnp.exe" shows as
// "exe.png". The plain marks a right-to-left text may need (U+200E, U+200F) stay.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** One line of text: NFC, invisible characters removed, every whitespace run (NBSP included) one space. Smart quotes are kept. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

/** A string as a literal inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Lines of a file without their endings (LF, CRLF or lone CR). */
export function splitLines(s: string): string[] {
  return s.split(/\r\n|\r|\n/);
}

/** A title-sized excerpt of a text: its first sentence, cut at a word near `max` characters. */
export function firstSentence(text: string, max = 120): string {
  const clean = cleanText(text);
  const end = clean.search(/[.!?。！？](\s|$)/u);
  const sentence = end > 0 ? clean.slice(0, end + 1) : clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
