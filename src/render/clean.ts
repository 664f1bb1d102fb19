// Brief text arrives from files and feeds we do not control; these make it safe to place anywhere.

// C0/C1 controls, DEL, line/paragraph separators, bidi overrides and the private-use area.
// The private-use area is reserved for our own placeholders (placeholders.ts), so content can never forge one.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]/g;
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ue000-\uf8ff]/;

/** One line of text: controls become spaces, runs of whitespace collapse, ends trimmed. */
export function cleanLine(value: string | undefined | null): string {
  if (!value) return "";
  return value.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

/** Cheap variant for the per-subscriber pass: only allocates when something needs cleaning. */
export function cleanField(value: string): string {
  return UNSAFE_TEST.test(value) ? cleanLine(value) : value;
}

/** Shortens at a word boundary and marks the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

/** The first sentence, clipped: agenda items and summaries promise one. */
export function firstSentence(text: string, max: number): string {
  const line = cleanLine(text);
  const end = line.search(/[.!?。！？](\s|$)/u);
  return clip(end === -1 ? line : line.slice(0, end + 1), max);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;",
};
const HTML_ESCAPE_TEST = /[&<>"'`=]/;

/** Same escaping as Handlebars' {{ }}, for fields spliced in after compilation. */
export function escapeHtml(value: string): string {
  return HTML_ESCAPE_TEST.test(value) ? value.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c) : value;
}

/** An absolute http(s) URL, normalised, or null: nothing else may become a link. */
export function httpUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(cleanLine(raw));
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}
