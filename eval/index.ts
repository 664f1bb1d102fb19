// `npx tsx eval/index.ts` (npm run eval): reads each labelled set through the real sources, runs
// analysis on every brief and prints how often it agrees with the labels, one column per set.
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefTextOf } from "../src/analysis/brief-text.ts";
import { builtinRegions, regionsOf, understandBrief } from "../src/analysis/index.ts";
import { briefId } from "../src/briefs/normalise.ts";
import type { BriefDraft } from "../src/domain/types.ts";
import { nodeSourceDeps, sourceFor } from "../src/sources/index.ts";
import { readLabels, type BriefLabel } from "./labels.ts";
import { score, type Prediction, type Scores } from "./score.ts";

export type { Scores } from "./score.ts";

const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
const REGION = "asia";

/** Scores analysis on a labelled set (its corpus/ and labels.yaml); eval/ itself by default. */
export async function evaluate(dir: string = EVAL_DIR): Promise<Scores> {
  const labels = await readLabels(join(dir, "labels.yaml"));
  const regions = builtinRegions();
  const drafts = new Map<string, BriefDraft[]>();
  const pairs: { label: BriefLabel; prediction: Prediction; name: string }[] = [];
  const missing: string[] = [];
  for (const label of labels) {
    if (!drafts.has(label.file)) {
      const { drafts: read, problems } = await sourceFor(join(dir, label.file), nodeSourceDeps).read();
      for (const p of problems) missing.push(`${label.file}: ${p.message}`);
      drafts.set(label.file, read);
    }
    const draft = pick(drafts.get(label.file) ?? [], label);
    const name = label.guid ? `${label.file}#${label.guid}` : label.file;
    if (!draft) {
      missing.push(`${name}: no brief read matches this label`);
      continue;
    }
    pairs.push({ label, prediction: predict(draft, regions), name });
  }
  const scores = score(pairs);
  return { ...scores, misses: [...missing, ...scores.misses] };
}

function pick(drafts: BriefDraft[], label: BriefLabel): BriefDraft | undefined {
  if (label.guid) return drafts.find((d) => d.guid === label.guid || d.source.endsWith(`#${label.guid}`));
  if (drafts.length === 1) return drafts[0];
  return drafts.find((d) => d.title.trim() === label.title.trim());
}

function predict(d: BriefDraft, regions: ReturnType<typeof builtinRegions>): Prediction {
  const u = understandBrief(briefTextOf(d, briefId(d)));
  return {
    inRegion: regionsOf(u.countries, regions).includes(REGION),
    countries: u.countries,
    ...(u.dateline ? { dateline: u.dateline } : {}),
    agenda: u.agenda,
    upcoming: u.upcoming,
  };
}

const TARGETS: [string, keyof Scores, number | undefined][] = [
  ["region accuracy", "region", 0.95],
  ["dateline place accuracy", "datelinePlace", 0.95],
  ["dateline date accuracy", "datelineDate", 0.95],
  ["agenda precision", "agendaPrecision", 0.8],
  ["agenda recall", "agendaRecall", 0.8],
  ["agenda precision, half the words", "agendaPrecisionLoose", undefined],
  ["agenda recall, half the words", "agendaRecallLoose", undefined],
  ["upcoming recall", "upcomingRecall", undefined],
  ["upcoming precision", "upcomingPrecision", undefined],
  ["countries F1", "countriesF1", undefined],
];

/** The labelled sets: the corpus the rules were developed on, then each held-out set. */
export async function labelledSets(): Promise<{ name: string; dir: string }[]> {
  const holdout = join(EVAL_DIR, "holdout");
  const sets = (await readdir(holdout, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return [{ name: "corpus", dir: EVAL_DIR }, ...sets.map((name) => ({ name, dir: join(holdout, name) }))];
}

function print(results: { name: string; scores: Scores }[], verbose: boolean): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const width = 9;
  console.log(`${"".padEnd(34)}${results.map((r) => r.name.padStart(width)).join("")}   target`);
  console.log(`${"briefs".padEnd(34)}${results.map((r) => String(r.scores.briefs).padStart(width)).join("")}`);
  for (const [label, key, target] of TARGETS) {
    const values = results.map((r) => r.scores[key] as number);
    const below = target !== undefined && values.some((v) => v < target) ? "  BELOW on " + results.filter((r) => (r.scores[key] as number) < target).map((r) => r.name).join(", ") : "";
    console.log(`${label.padEnd(34)}${values.map((v) => pct(v).padStart(width)).join("")}   ${target === undefined ? "" : pct(target)}${below}`);
  }
  for (const { name, scores } of results) {
    if (scores.misses.length === 0) continue;
    if (verbose) console.log(`\n${name}: misses (${scores.misses.length}):\n${scores.misses.map((m) => `  ${m}`).join("\n")}`);
  }
  if (!verbose) console.log("\n(npm run eval -- --misses lists every miss, brief by brief)");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = [];
  for (const { name, dir } of await labelledSets()) results.push({ name, scores: await evaluate(dir) });
  print(results, process.argv.includes("--misses"));
}
