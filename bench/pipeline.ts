// Reading, understanding and planning: figures for the stages before render, each beside its naive baseline.
import { join } from "node:path";
import { builtinRegions } from "../src/analysis/index.ts";
import type { Subscriber } from "../src/domain/types.ts";
import { gatherBriefs } from "../src/pipeline/gather.ts";
import { planDue } from "../src/selection/plan.ts";
import { nodeSourceDeps, readAllSources, sourceFor } from "../src/sources/index.ts";

const ROOT = join(import.meta.dirname, "..");

export async function benchPipeline(): Promise<void> {
  const sources = [join(ROOT, "examples/briefs"), join(ROOT, "eval/corpus")].map((s) => sourceFor(s, nodeSourceDeps));
  const read = await readAllSources(sources);
  const regions = builtinRegions();
  gatherBriefs(read.drafts.slice(0, 3), regions); // warm the gazetteer once, as a running service would
  const rounds = 5;
  const t0 = performance.now();
  let briefs = gatherBriefs(read.drafts, regions).briefs;
  for (let i = 1; i < rounds; i++) briefs = gatherBriefs(read.drafts, regions).briefs;
  const perBrief = (performance.now() - t0) / rounds / read.drafts.length;

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
  const t1 = performance.now();
  const plan = planDue({ briefs, digests: [digest], subscribers, asOf: new Date("2026-01-13T13:30:00Z"), catchUpHours: 24 });
  const planMs = performance.now() - t1;

  console.log("pipeline");
  console.log(`  read + understand          ${perBrief.toFixed(2)} ms per brief (${read.drafts.length} briefs: examples + eval corpus)`);
  console.log(`  plan 1000 readers          ${planMs.toFixed(1)} ms`);
  console.log(`  editions to compile        ${plan.editions.size} for ${plan.deliveries.length} readers (naive: one each) = ${(plan.deliveries.length / Math.max(1, plan.editions.size)).toFixed(0)}× fewer MJML compiles`);
}
