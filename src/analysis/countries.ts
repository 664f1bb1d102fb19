// Which countries a brief is about, most prominent first. The headline, the dateline and declared
// countries make a country prominent at once; the body does so only by repeated mention, so a
// passing "arms exports to North Korea" does not put a Russian budget story in Asia.
import { findMentions, type Mention } from "./mentions.ts";
import { CONTEXT_RULES } from "./place-data.ts";

export interface CountryEvidence {
  title: string;
  paragraphs: string[];
  /** The country of the dateline's place, when known. */
  datelineCountry?: string;
  /** Countries the source declared (front matter); trusted. */
  declared?: string[];
}

const KIND_WEIGHT = { country: 1, capital: 0.8, city: 0.7, demonym: 0.6 } as const;
const TITLE_WEIGHT = 6;
const DATELINE_WEIGHT = 3;
const LEAD_FACTOR = 1.5;
// A body-only country must be mentioned in two paragraphs (or often in one) and hold its own
// against the brief's main country.
const BODY_MIN_SCORE = 2;
const BODY_MIN_SHARE = 0.25;
// With nothing in the headline or dateline, the body's leading country needs less to lead.
const LONE_MIN_SCORE = 1.5;

interface Tally {
  score: number;
  paragraphs: Set<number>;
  strong: boolean;
  first: number;
}

/** ISO alpha-2 codes of the brief's prominent countries, most prominent first. */
export function rankCountries(e: CountryEvidence): string[] {
  const fullText = [e.title, ...e.paragraphs].join("\n");
  const tallies = new Map<string, Tally>();
  let order = 0;
  const tally = (code: string): Tally => {
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = { score: 0, paragraphs: new Set(), strong: false, first: order++ }));
    return t;
  };
  (e.declared ?? []).forEach((code, i) => {
    const t = tally(code.toUpperCase());
    t.score += 10 - i;
    t.strong = true;
  });
  // The headline's first-named country is usually its subject: a small edge by position.
  [...new Set(inContext(findMentions(e.title), fullText).map((m) => m.code))].forEach((code, i) => {
    const t = tally(code);
    t.score += TITLE_WEIGHT - Math.min(i, 2) * 0.5;
    t.strong = true;
  });
  if (e.datelineCountry) {
    const t = tally(e.datelineCountry);
    // Where a story was filed says less about a country the headline already names.
    t.score += t.strong ? 1 : DATELINE_WEIGHT;
    t.strong = true;
  }
  e.paragraphs.forEach((p, i) => {
    for (const m of inContext(findMentions(p), fullText)) {
      const t = tally(m.code);
      t.score += KIND_WEIGHT[m.kind] * (i === 0 ? LEAD_FACTOR : 1);
      t.paragraphs.add(i);
    }
  });
  const all = [...tallies.values()];
  const top = Math.max(0, ...all.map((t) => t.score));
  const anyStrong = all.some((t) => t.strong);
  const prominent = [...tallies.entries()].filter(
    ([, t]) =>
      t.strong ||
      (t.score >= BODY_MIN_SCORE && t.score >= BODY_MIN_SHARE * top && (t.paragraphs.size >= 2 || t.score >= 3)) ||
      (!anyStrong && t.score === top && t.score >= LONE_MIN_SCORE && t.paragraphs.size >= 2),
  );
  prominent.sort(([, a], [, b]) => b.score - a.score || a.first - b.first);
  return prominent.map(([code]) => code);
}

/** Drops mentions of ambiguous names ("Georgia", "Turkey", "Jordan") whose brief points elsewhere. */
export function inContext(mentions: Mention[], fullText: string): Mention[] {
  return mentions.filter((m) => {
    const rule = CONTEXT_RULES.find((r) => r.code === m.code && r.names.some((n) => m.text.startsWith(n)));
    if (!rule) return true;
    return rule.confirm.test(fullText) || !rule.refute.test(fullText);
  });
}
