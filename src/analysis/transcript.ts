// A broadcast transcript names its speaker before each turn ("NEWSREADER:", "REPORTER (Aroha
// Tane):"). The tag is not part of what is said: left in, it reads as a dateline ("REPORTER") or
// hides the sentence a paragraph opens on.
import { realPlaceNamed } from "./gazetteer.ts";

const SPEAKER = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2})(?:\s*\([^)]{1,40}\))?:\s+(?=\S)/u;

// "NEW DELHI:" and "HYDERABAD:" open a dateline; a speaker is never a place.
const isPlaceName = (caps: string): boolean => realPlaceNamed(caps.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())) !== undefined;

/** The paragraphs without their speaker tags, when at least two turns carry one; else as they are. */
export function withoutSpeakers(paragraphs: string[]): string[] {
  const tags = paragraphs.map((p) => SPEAKER.exec(p)?.[1]).map((t) => (t !== undefined && !isPlaceName(t) ? t : undefined));
  if (tags.filter((t) => t !== undefined).length < 2) return paragraphs;
  return paragraphs.map((p, i) => (tags[i] === undefined ? p : p.replace(SPEAKER, "")));
}
