// A broadcast transcript names its speaker before each turn ("NEWSREADER:", "REPORTER (Aroha
// Tane):"). The tag is not part of what is said: left in, it reads as a dateline ("REPORTER") or
// hides the sentence a paragraph opens on.
import nlp from "compromise";
import { realPlaceNamed } from "./gazetteer.ts";
import { namedTwice } from "./text.ts";

const SPEAKER = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2})(?:\s*\([^)]{1,40}\))?:\s+(?=\S)/u;
// An earnings call or an interview names its speakers in title case: "Operator:", "Vivian Chou:",
// "Chief Financial Officer Vivian Chou:". Only a person or a role counts: "Tariffs: a 9% rise" is an item.
const TITLED_SPEAKER = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)(?:\s*\([^)]{1,40}\))?:\s+(?=\S)/u;
const ROLE = /\b(?:operator|moderator|host|interviewer|presenter|anchor|reporter|correspondent|newsreader|announcer|narrator|caller|guest|questioner|analyst|chair)$/i;
// The speaker tag a paragraph opens with, as written ("OPERATOR: ", "Vivian Chou: "), if it has one.
// A title-case name that opens two or more turns is a speaker whatever the tagger knows of it
// ("SunStar:", "Estrada:"); an item is named once.
const speakerTag = (p: string, recurring: ReadonlySet<string>): string | undefined => {
  const caps = SPEAKER.exec(p);
  if (caps?.[1] !== undefined) return isPlaceName(caps[1]) ? undefined : caps[0];
  const titled = TITLED_SPEAKER.exec(p);
  const name = titled?.[1];
  return name !== undefined && (ROLE.test(name) || recurring.has(name) || nlp(name).has("#Person")) && !isPlaceName(name) ? titled?.[0] : undefined;
};


// "NEW DELHI:" and "HYDERABAD:" open a dateline; a speaker is never a place.
const isPlaceName = (caps: string): boolean => realPlaceNamed(caps.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())) !== undefined;

/**
 * The paragraphs without their speaker tags, when at least two turns carry one and some speaker
 * speaks twice; else as they are. "PRICE FORECASTS: …", "THE TARIFF DEAL: …" under "WHAT TO WATCH"
 * are items, each named once.
 */
export function withoutSpeakers(paragraphs: string[]): string[] {
  const recurring = namedTwice(paragraphs.map((p) => TITLED_SPEAKER.exec(p)?.[1]).filter((name): name is string => name !== undefined && name.split(/\s+/).length <= 3));
  const tags = paragraphs.map((p) => speakerTag(p, recurring));
  const given = tags.filter((t): t is string => t !== undefined);
  const named = given.map((t) => t.replace(/\s*\([^)]*\)/, "").replace(/:\s*$/, "").trim());
  // Who speaks shows: a name said twice, a role ("HOST", "CORRESPONDENT"), a name in brackets, a person.
  const speaks = namedTwice(named).size > 0 || given.some((t) => /\(/.test(t)) || named.some((n) => ROLE.test(n) || nlp(n).has("#Person"));
  if (named.length < 2 || !speaks) return paragraphs;
  return paragraphs.map((p, i) => p.slice(tags[i]?.length ?? 0));
}
