// One line that says what the brief is about: its lead sentence, without the wire dateline,
// cut at a clause break when it runs past ~30 words.
import { stripDateline } from "./dateline.ts";
import { clipSentence, sentences } from "./text.ts";

/** The brief's lead sentence in at most ~30 words; the title when there is no body. */
export function summarise(title: string, paragraphs: string[]): string {
  for (const [i, p] of paragraphs.entries()) {
    const body = i === 0 ? stripDateline(p) : p;
    const lead = sentences(body).find((s) => s.split(/\s+/).length >= 6);
    if (lead) return clipSentence(lead);
  }
  return clipSentence(title);
}
