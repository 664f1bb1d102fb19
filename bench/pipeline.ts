// Reading, understanding and planning: figures for the stages before render, each beside its naive baseline.
import { join } from "node:path";
import nlp from "compromise";
import { builtinRegions, understandBrief } from "../src/analysis/index.ts";
import type { Subscriber } from "../src/domain/types.ts";
import { gatherBriefs, UnderstandingCache } from "../src/pipeline/gather.ts";
import { planDue } from "../src/selection/plan.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "../src/sources/index.ts";

const ROOT = join(import.meta.dirname, "..");

export async function benchPipeline(): Promise<void> {
  const sources = [join(ROOT, "examples/briefs"), join(ROOT, "eval/corpus")].map((s) => sourceFor(s, nodeSourceDeps));
  const read = await readAllSources(sources);
  const regions = builtinRegions();
  // Warm the gazetteer and the NLP models once, as a running service would, on text not measured.
  gatherBriefs(read.drafts.slice(0, 3).map((d) => ({ ...d, paragraphs: d.paragraphs.map((p) => `${p} Warm-up.`) })), regions);
  const rounds = 5;
  // First sight: each brief's text is new to the process (nothing memoised), which is what a new brief costs.
  const t0 = performance.now();
  const briefs = gatherBriefs(read.drafts, regions).briefs;
  const perBrief = (performance.now() - t0) / read.drafts.length;
  const cache = new UnderstandingCache();
  gatherBriefs(read.drafts, regions, cache);
  const tw = performance.now();
  for (let i = 0; i < rounds; i++) gatherBriefs(read.drafts, regions, cache);
  const perBriefWarm = (performance.now() - tw) / rounds / read.drafts.length;

  const zones = ["Asia/Seoul", "Asia/Tokyo", "Europe/London", "America/New_York", "Asia/Kolkata"];
  const countrySets = [undefined, ["KR", "JP"], ["CN", "TW", "HK"], ["IN"], ["VN", "PH", "ID"]];
  const subscribers: Subscriber[] = Array.from({ length: 1000 }, (_, i) => ({
    email: `reader${i}@example.com`,
    timezone: zones[i % zones.length]!,
    locale: "en-GB",
    digests: ["asia-daily"],
    ...(countrySets[i % countrySets.length] ? { countries: countrySets[i % countrySets.length]! } : {}),
    format: "html",
    status: "active",
  }));
  const digest = { id: "asia-daily", title: "Asia Briefing", region: "asia", windowHours: 24 * 800, schedule: "0 7 * * *", maxItems: 10 };
  const asOf = new Date("2026-01-13T13:30:00Z");
  const t1 = performance.now();
  const plan = planDue({ briefs, digests: [digest], subscribers, asOf, catchUpHours: 24 });
  const planMs = performance.now() - t1;
  // The naive way: each reader planned on their own, nothing shared between readers.
  const t2 = performance.now();
  for (const s of subscribers) planDue({ briefs, digests: [digest], subscribers: [s], asOf, catchUpHours: 24 });
  const naiveMs = performance.now() - t2;

  // A hostile feed item: 200 KB of place names with no full stop. Ours reads names in windows around
  // each place and stops at 60,000 characters; the naive way tags the whole text for people at once,
  // and the tagger's time grows with the square of an unbroken text's length past about 100 KB.
  const long = Array.from({ length: 12_000 }, () => "word Seoul Tokyo").join(" ");
  const t3 = performance.now();
  understandBrief({ id: "long", title: "A long paragraph", paragraphs: [long] });
  const longMs = performance.now() - t3;
  const t4 = performance.now();
  nlp(long).people().json({ offset: true });
  const wholeMs = performance.now() - t4;

  console.log("pipeline");
  console.log(`  understand, first sight    ${perBrief.toFixed(2)} ms per brief (${read.drafts.length} briefs: examples + eval corpus)`);
  console.log(`  understand, cached tick    ${perBriefWarm.toFixed(3)} ms per brief = ${(perBrief / perBriefWarm).toFixed(0)}× less (the service's ticks after the first)`);
  console.log(`  understand, ${(long.length / 1000).toFixed(0)} KB unbroken  ${longMs.toFixed(0)} ms in all vs ${wholeMs.toFixed(0)} ms only to tag the whole text for names = ${(wholeMs / longMs).toFixed(1)}× faster`);
  console.log(`  plan 1000 readers          ${planMs.toFixed(1)} ms vs ${naiveMs.toFixed(1)} ms planning each alone = ${(naiveMs / planMs).toFixed(1)}× faster`);
  console.log(`  editions to compile        ${plan.editions.size} for ${plan.deliveries.length} readers (naive: one each) = ${(plan.deliveries.length / Math.max(1, plan.editions.size)).toFixed(0)}× fewer MJML compiles`);
}
