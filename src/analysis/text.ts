// Sentence boundaries (compromise knows "Jan. 4" and "U.S." do not end a sentence) and
// word-budget clipping shared by the summary and the agenda.
import nlp from "compromise";

/** The sentences of a paragraph, trimmed. */
export function sentences(paragraph: string): string[] {
  if (paragraph.trim() === "") return [];
  return (nlp(paragraph).sentences().out("array") as string[]).map((s) => s.trim()).filter((s) => s !== "");
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// Where a long sentence can be cut and still read as one: before a clause, after a comma or dash.
const CLAUSE_START = /^(that|which|who|while|as|after|before|because|but|although|though|when|where|whereas|with|amid|despite|since|if|weighing|raising|adding|saying|including)$/i;

/** A sentence of at most `max` words; a longer one is cut at its last clause break, with "…". */
export function clipSentence(sentence: string, max = 30): string {
  const ws = sentence.trim().split(/\s+/);
  if (ws.length <= max + 2) return sentence.trim();
  const min = Math.floor(max / 2);
  const cut = (i: number): string => `${ws.slice(0, i).join(" ").replace(/[\s,;:–—-]+$/u, "")}…`;
  // Punctuation is the cleaner break; a clause word ("while", "that") the next best.
  for (let i = max; i >= min; i--) {
    const next = ws[i] ?? "";
    if (/[,;:–—]$/.test(ws[i - 1] ?? "") || next === "–" || next === "—") return cut(i);
  }
  for (let i = max; i >= min; i--) if (CLAUSE_START.test(ws[i] ?? "")) return cut(i);
  return `${ws.slice(0, max).join(" ").replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** First letter upper-cased, the rest as written ("China’s economic slowdown"). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
