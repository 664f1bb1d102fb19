// One line that says what the brief is about: its lead sentence, without the wire dateline or a
// list item's mark, cut at a clause break when it runs past ~30 words.
import { withoutDateline } from "./dateline.ts";
import { clipSentence, sentences, withoutListMark, wordsIn } from "./text.ts";

/** The brief's lead sentence in at most ~30 words; the title when there is no body. */
export function summarise(title: string, paragraphs: string[]): string {
  for (const p of withoutDateline(paragraphs)) {
    const lead = sentences(withoutListMark(p)).find((s) => wordsIn(s) >= 6);
    if (lead) return clipSentence(lead);
  }
  return clipSentence(title);
}
