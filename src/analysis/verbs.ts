// Which verb governs a phrase, and whether it tells the past: read over tagged terms (pos.ts) by
// the rules that date an event (upcoming.ts) and that tell a preview's count from history's
// ("will take up three files" against "Three factors drove the decision", agenda-structure.ts).
import type { Term } from "./pos.ts";

/** Does terms[k] head a clause? Not a gerund or particle, and not a participle describing a noun ("a revised draft", "announce revised quotas"). */
export function headsClause(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (!t?.tags.includes("Verb") || t.tags.some((g) => g === "Gerund" || g === "Particle")) return false;
  const before = terms[k - 1];
  // "the heavily subsidised pensions": an adverb may stand between the determiner and the participle.
  const modifier = before?.tags.includes("Adverb") === true ? terms[k - 2] : before;
  const describes = (modifier?.tags.some((g) => ["Determiner", "Possessive", "Adjective", "Value"].includes(g)) ?? false) && !/^(?:that|which|who)$/i.test(modifier?.normal ?? "");
  // "revised quotas", "subsidised occupational pensions": before its noun, with or without an adjective between.
  const noun = terms[k + 1]?.tags.includes("Adjective") === true ? terms[k + 2] : terms[k + 1];
  const participle = t.tags.includes("PastTense") && noun?.tags.includes("Noun") === true && !noun.tags.includes("Pronoun");
  return !describes && !participle;
}

export interface VerbGroup {
  /** Index of the group's first term: its auxiliaries and adverbs before the verb ("will be held", "has been"). */
  from: number;
  /** A plain past, with no auxiliary: "fought", "signed", not "was postponed" or "will be held". */
  past: boolean;
  /** Present, modal or infinitive: a schedule ("meets", "will meet", "to meet"). */
  present: boolean;
}

/** The verb group that ends at the verb terms[i]. */
export function verbGroup(terms: readonly Term[], i: number): VerbGroup {
  let from = i;
  // "will break ground": the verbs of one group too, so that "ground" is not read as a past.
  while (from > 0 && (terms[from - 1]?.tags.some((g) => ["Auxiliary", "Modal", "Copula", "Adverb", "Verb"].includes(g)) ?? false)) from--;
  const past = terms[i]?.tags.includes("PastTense") === true && from === i && !/^(?:be|been|being|to)$/i.test(terms[i - 1]?.normal ?? "");
  const present = !past && terms.slice(from, i + 1).some((t) => t.tags.includes("PresentTense") || t.tags.includes("Modal") || t.tags.includes("Infinitive"));
  return { from, past, present };
}
