// `npx tsx eval/index.ts` (npm run eval): reads the labelled corpus through the real sources,
// runs analysis on every brief and prints how often it agrees with the labels.
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

/** Scores analysis on eval/corpus against eval/labels.yaml. */
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

function print(s: Scores): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const rows: [string, number, number | undefined][] = [
    ["region accuracy", s.region, 0.95],
    ["dateline place accuracy", s.datelinePlace, 0.95],
    ["dateline date accuracy", s.datelineDate, 0.95],
    ["agenda precision", s.agendaPrecision, 0.8],
    ["agenda recall", s.agendaRecall, 0.8],
    ["upcoming recall", s.upcomingRecall, undefined],
    ["upcoming precision", s.upcomingPrecision, undefined],
    ["countries F1", s.countriesF1, undefined],
  ];
  console.log(`${s.briefs} labelled briefs`);
  for (const [name, value, target] of rows) {
    console.log(`${name.padEnd(26)}${pct(value).padStart(7)}${target === undefined ? "" : `   target ${pct(target)}${value >= target ? "" : "  BELOW"}`}`);
  }
  if (s.misses.length > 0) console.log(`\nmisses (${s.misses.length}):\n${s.misses.map((m) => `  ${m}`).join("\n")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  print(await evaluate());
}
