// Two briefs about the same event from different outlets are one story. TF-IDF cosine over
// title + text catches rewrites that share the story's names and numbers but few exact phrases
// (shingles would miss those). Pairwise, so O(n²): fine for a few hundred briefs a run; for
// thousands, bucket by MinHash/LSH first.
import type { Brief } from "../domain/types.ts";

// Checked on eval/corpus + examples + two real feeds (161 briefs): only the one true pair joins.
const SIMILAR = 0.45;
// The same event is reported within days; the same words a month apart are a new story.
const WINDOW_MS = 4 * 24 * 3600 * 1000;

const STOP = new Set(
  "a an and are as at be been but by for from has have he her his in into is it its of on or said says she that the their they this to was were will with would could may might not than then there these those which who while after before over about also more most new year years one two".split(" "),
);

function terms(text: string): string[] {
  return (text.toLowerCase().normalize("NFKD").match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

type Vector = Map<string, number>;

function vectors(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine similarity of two unit vectors. */
function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

const fullness = (b: Brief): number => b.paragraphs.join(" ").length;

/** Marks near-duplicates: the fullest of each group keeps `duplicateOf` unset and lists the others' publishers. */
export function markDuplicates(briefs: Brief[]): Brief[] {
  const docs = briefs.map((b) => terms(`${b.title} ${b.title} ${b.paragraphs.join(" ")}`));
  const vs = vectors(docs);
  const parent = briefs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < briefs.length; i++) {
    for (let j = i + 1; j < briefs.length; j++) {
      const a = briefs[i];
      const b = briefs[j];
      const va = vs[i];
      const vb = vs[j];
      if (!a || !b || !va || !vb) continue;
      if (Math.abs(a.publishedAt.getTime() - b.publishedAt.getTime()) > WINDOW_MS) continue;
      // "Nepal opens a border crossing" and "Bhutan opens a border crossing" share every word but the place: two events.
      if (a.countries.length > 0 && b.countries.length > 0 && !a.countries.some((c) => b.countries.includes(c))) continue;
      if (cosine(va, vb) >= SIMILAR) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  briefs.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const out = briefs.map((b) => {
    const { duplicateOf: _d, alsoReportedBy: _a, ...rest } = b;
    return { ...rest } as Brief;
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keep = members.reduce((best, i) => (fullness(briefs[i] as Brief) > fullness(briefs[best] as Brief) ? i : best));
    const kept = out[keep] as Brief;
    const others = members.filter((i) => i !== keep);
    for (const i of others) (out[i] as Brief).duplicateOf = kept.id;
    const publishers = [...new Set(others.map((i) => briefs[i]?.publisher).filter((p): p is string => !!p && p !== kept.publisher))];
    if (publishers.length > 0) kept.alsoReportedBy = publishers;
  }
  return out;
}
