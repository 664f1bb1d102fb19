// A broadcast transcript names its speaker before each turn ("NEWSREADER:", "REPORTER (Aroha
// Tane):"). The tag is not part of what is said: left in, it reads as a dateline ("REPORTER") or
// hides the sentence a paragraph opens on.
import nlp from "compromise";
import { realPlaceNamed } from "./gazetteer.ts";

const SPEAKER = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2})(?:\s*\([^)]{1,40}\))?:\s+(?=\S)/u;
// An earnings call or an interview names its speakers in title case: "Operator:", "Vivian Chou:",
// "Chief Financial Officer Vivian Chou:". Only a person or a role counts: "Tariffs: a 9% rise" is an item.
const TITLED_SPEAKER = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)(?:\s*\([^)]{1,40}\))?:\s+(?=\S)/u;
const ROLE = /\b(?:operator|moderator|host|interviewer|presenter|anchor|reporter|caller|questioner|analyst|chair)$/i;
// The speaker tag a paragraph opens with, as written ("OPERATOR: ", "Vivian Chou: "), if it has one.
const speakerTag = (p: string): string | undefined => {
  const caps = SPEAKER.exec(p);
  if (caps?.[1] !== undefined) return isPlaceName(caps[1]) ? undefined : caps[0];
  const titled = TITLED_SPEAKER.exec(p);
  return titled?.[1] !== undefined && (ROLE.test(titled[1]) || nlp(titled[1]).has("#Person")) && !isPlaceName(titled[1]) ? titled[0] : undefined;
};

// "NEW DELHI:" and "HYDERABAD:" open a dateline; a speaker is never a place.
const isPlaceName = (caps: string): boolean => realPlaceNamed(caps.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())) !== undefined;

/** The paragraphs without their speaker tags, when at least two turns carry one; else as they are. */
export function withoutSpeakers(paragraphs: string[]): string[] {
  const tags = paragraphs.map(speakerTag);
  if (tags.filter((t) => t !== undefined).length < 2) return paragraphs;
  return paragraphs.map((p, i) => p.slice(tags[i]?.length ?? 0));
}
